// @vitest-environment jsdom
import { act } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { UI } from "../content/zh-CN/ui";
import { saveDraft } from "../interview/draft-store";
import { App } from "./app";
import { beginHydration, endHydration } from "../state/hydration";
import { PRERENDERED, renderRoute } from "./prerender";
import { prerenderedFor } from "./prerendered-route";
import { LARGE_TEXT_KEY, applyLargeText } from "../lib/text-size";

/**
 * The prerendered HTML of every route (what the build writes) hydrated by the app as main.tsx does, on a
 * device that has a draft, unsubmitted edits and large text stored: no mismatch, the same nodes, and
 * what the device holds shown right after.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;

beforeAll(async () => {
  // The routes that load on demand, loaded once here so that each test sees them render.
  await Promise.all([import("../screens/step-page"), import("../screens/result-page")]);
});

beforeEach(() => {
  container = document.createElement("div");
  container.id = "root";
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  localStorage.clear();
  applyLargeText(false);
  endHydration();
  vi.restoreAllMocks();
});

/** The build's HTML for `path`: rendered with no device to read, as at build time. */
function prerender(path: string): string {
  beginHydration();
  try {
    return renderRoute("/", path);
  } finally {
    endHydration();
  }
}

function storeThePersonsThings() {
  saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
  localStorage.setItem(LARGE_TEXT_KEY, "1");
  applyLargeText(true); // what public/large-text.js does before the page paints
}

async function hydrate(path: string, drawBeforeReact?: (page: HTMLElement) => void) {
  const errors: unknown[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => errors.push(args));
  window.history.replaceState(null, "", path);
  container.setAttribute("data-route", path);
  container.innerHTML = prerender(path);
  storeThePersonsThings();
  drawBeforeReact?.(container);
  expect(prerenderedFor(container, "/", window.location.pathname)).toBe(true);
  const before = [...container.querySelectorAll("*")];
  beginHydration();
  await act(async () => {
    root = hydrateRoot(container, <App basename="/" />, {
      onRecoverableError: (error) => errors.push(error),
    });
    await Promise.resolve();
  });
  // Then the route that loads on demand replaces its placeholder.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  return { errors, before };
}

describe("hydrating the prerendered pages", () => {
  it.each(PRERENDERED.map(([, path]) => path))("%s: no mismatch, and its nodes are kept", async (path) => {
    const { errors, before } = await hydrate(path);
    expect(errors).toEqual([]);
    // The page's own content came after: a heading (the start page has it prerendered).
    expect(container.querySelector("main h1")).not.toBeNull();
    // Every prerendered element is still in the page (a redrawn page would have replaced them all), but
    // the placeholder of a route that loads on demand, which its page replaced.
    const gone = before.filter((el) => !container.contains(el)).map((el) => el.outerHTML);
    const placeholder = `<p class="text-gray-700">${UI.loading}</p>`;
    expect(gone).toEqual(
      path === "/"
        ? []
        : path === "/result"
          ? [`<div data-first-screen="">${placeholder}</div>`, placeholder]
          : [placeholder],
    );
    expect(before.length).toBeGreaterThan(10);
  });

  it("/result: a first screen drawn before React (src/first-screen.tsx) hydrates without a mismatch", async () => {
    let drawn: Element | undefined;
    const { errors } = await hydrate("/result", (page) => {
      const holder = page.querySelector('[data-first-screen=""]');
      if (!holder) throw new Error("no holder for the first screen");
      holder.innerHTML = '<h1 id="drawn">你的医保建议</h1>';
      drawn = holder.firstElementChild ?? undefined;
    });
    expect(errors).toEqual([]);
    // The result page then took its place (here: no link and no answers, so it asks for them).
    // That the drawn screen stays until then is seen in a browser: e2e/first-screen.spec.ts.
    expect(drawn && container.contains(drawn)).toBe(false);
    expect(container.querySelector("main h1")?.textContent).toBe(UI.missingAnswers);
  });

  it("the start page keeps its h1 and shows the stored draft and large text right after", async () => {
    const { errors, before } = await hydrate("/");
    const h1 = container.querySelector("h1");
    expect(h1?.textContent).toBe(UI.tagline);
    expect(h1 && before.includes(h1)).toBe(true);
    expect(errors).toEqual([]);
    expect(container.querySelector('[role="switch"]')?.getAttribute("aria-checked")).toBe("true");
    expect([...container.querySelectorAll("a")].map((a) => a.textContent)).toEqual(
      expect.arrayContaining([UI.startAgain, UI.continueDraft]),
    );
  });

  it("the same HTML hydrated with the device read at once would mismatch (the test above can fail)", async () => {
    const errors: unknown[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => errors.push(args));
    window.history.replaceState(null, "", "/");
    container.innerHTML = prerender("/");
    storeThePersonsThings();
    // No beginHydration(): the app reads the draft and the large text during its first render.
    await act(async () => {
      root = hydrateRoot(container, <App basename="/" />, {
        onRecoverableError: (error) => errors.push(error),
      });
      await Promise.resolve();
    });
    expect(errors.length).toBeGreaterThan(0);
  });
});
