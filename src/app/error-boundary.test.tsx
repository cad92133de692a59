// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UI } from "../content/zh-CN/ui";
import { DRAFT_KEY, loadStoredDraft, saveDraft } from "../interview/draft-store";
import { loadScratch, saveScratch } from "../interview/step-scratch";
import { STEPS } from "../interview/steps";
import { DraftProvider, useDraftStore } from "../state/draft-context";
import { ErrorBoundary } from "./error-boundary";

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error("Cannot read properties of undefined (reading 'code')");
}

/** Saves one more answer through the app's own store, then breaks while rendering. */
function SavesThenBreaks() {
  const { stored, update } = useDraftStore();
  useEffect(() => {
    if (stored.work === undefined) update({ work: "platform" });
  }, [stored.work, update]);
  if (stored.work !== undefined) Broken();
  return null;
}

describe("the error boundary", () => {
  it("shows a Chinese message, not the error, and the stored answers are still there", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    saveScratch(STEPS.permit, { residencePermit: "yes" });
    render(
      <DraftProvider>
        <ErrorBoundary>
          <SavesThenBreaks />
        </ErrorBoundary>
      </DraftProvider>,
    );
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(UI.errorTitle);
    expect(screen.getByText(UI.errorBody)).toBeVisible();
    expect(screen.getByRole("link", { name: UI.home })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Cannot read|undefined|Error/);
    expect(loadStoredDraft()).toEqual({
      city: "340100",
      hukouProvince: "370000",
      hukouCity: "371300",
      work: "platform",
    });
    expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull();
    expect(loadScratch(STEPS.permit)).toEqual({ residencePermit: "yes" });
  });

  it("renders its children when nothing breaks", () => {
    render(
      <ErrorBoundary>
        <p>正常</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText("正常")).toBeVisible();
    expect(screen.queryByText(UI.errorTitle)).toBeNull();
  });

  it("a child that always throws is caught", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(UI.errorTitle);
  });
});
