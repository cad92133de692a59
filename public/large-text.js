// Large text before the first paint (src/app/text-size.ts): a classic script in <head>, loaded before the
// prerendered page paints, so it never shows at the small size first. Same key and class as text-size.ts
// (src/app/text-size.test.ts runs this file against them).
try {
  if (localStorage.getItem("shebao-suishendai:large-text:v1") === "1") {
    document.documentElement.classList.add("large-text");
  }
} catch {
  // storage blocked (private mode, some in-app browsers): default size
}

// The app's own script starts once the prerendered page has painted (vite.config.ts, startAfterFirstPaint):
// the start page's when the browser reports the first contentful paint, or after two frames where it
// cannot; at most 1 s later in any case (a tab in the background paints nothing). result.html's
// (data-after="first-screen") when src/first-screen.tsx has drawn a shared result's first screen and it
// has painted ("first-screen-drawn"), or at once if that module fails to load, or after 3 s. Other pages
// carry their script in the HTML and have no app-entry.
(function () {
  var started = false;
  function start() {
    var meta = document.querySelector('meta[name="app-entry"]');
    if (started || !meta) return;
    started = true;
    var files = meta.getAttribute("content").split(" ");
    for (var i = 1; i < files.length; i++) {
      var link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = files[i];
      link.crossOrigin = "";
      document.head.appendChild(link);
    }
    var script = document.createElement("script");
    script.type = "module";
    script.src = files[0];
    script.crossOrigin = "";
    document.head.appendChild(script);
  }
  function afterPaint() {
    setTimeout(start, 1000);
    try {
      if (PerformanceObserver.supportedEntryTypes.indexOf("paint") >= 0) {
        new PerformanceObserver(function (list, observer) {
          if (list.getEntriesByName("first-contentful-paint").length === 0) return;
          observer.disconnect();
          start();
        }).observe({ type: "paint", buffered: true });
        return;
      }
    } catch {
      // no PerformanceObserver: two frames instead
    }
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    });
  }
  // Listening from the start: the module may fail before the page is parsed.
  document.addEventListener("first-screen-drawn", start);
  document.addEventListener(
    "error",
    function (event) {
      if (event.target && event.target.tagName === "SCRIPT") start();
    },
    true,
  );
  function whenParsed() {
    var meta = document.querySelector('meta[name="app-entry"]');
    if (meta && meta.getAttribute("data-after") === "first-screen") setTimeout(start, 3000);
    else afterPaint();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", whenParsed);
  else whenParsed();
})();
