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

// The start page's own script starts once its prerendered page has painted (vite.config.ts,
// startAfterFirstPaint): when the browser reports the first contentful paint, or after two frames where it
// cannot; at most 1 s later in any case (a tab in the background paints nothing). Other pages carry their
// script in the HTML and have no app-entry.
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
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", afterPaint);
  else afterPaint();
})();
