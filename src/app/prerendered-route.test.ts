// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { prerenderedFor, routeOf } from "./prerendered-route";

describe("routeOf", () => {
  it("names the route as the build does, under any basename", () => {
    expect(routeOf("/", "/")).toBe("/");
    expect(routeOf("/", "/result")).toBe("/result");
    expect(routeOf("/", "/q/city")).toBe("/q/city");
    expect(routeOf("/shebao", "/shebao")).toBe("/");
    expect(routeOf("/shebao", "/shebao/")).toBe("/");
    expect(routeOf("/shebao", "/shebao/q/work")).toBe("/q/work");
    expect(routeOf("/shebao", "/shebaox/q/work")).toBeUndefined();
    expect(routeOf("/shebao", "/q/work")).toBeUndefined();
  });
});

describe("prerenderedFor", () => {
  const root = (route: string | null, html = "<main><h1>x</h1></main>") => {
    const el = document.createElement("div");
    if (route !== null) el.setAttribute("data-route", route);
    el.innerHTML = html;
    return el;
  };
  it("is true only for HTML prerendered for the route being opened", () => {
    expect(prerenderedFor(root("/"), "/", "/")).toBe(true);
    expect(prerenderedFor(root("/result"), "/", "/result")).toBe(true);
    // index.html served for another path (a host's or the service worker's fallback): draw anew.
    expect(prerenderedFor(root("/"), "/", "/glossary")).toBe(false);
    expect(prerenderedFor(root("/"), "/", "/q/city")).toBe(false);
    // The dev server's empty root, or HTML without the mark.
    expect(prerenderedFor(root("/", ""), "/", "/")).toBe(false);
    expect(prerenderedFor(root(null), "/", "/")).toBe(false);
  });
});
