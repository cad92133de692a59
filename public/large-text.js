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
