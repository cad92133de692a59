// @vitest-environment jsdom
import { act, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FORGOTTEN_SIGNAL } from "../interview/device-storage";
import { DRAFT_KEY, loadStoredDraft, saveDraft } from "../interview/draft-store";
import { saveScratch, scratchKey } from "../interview/step-scratch";
import { STEPS } from "../interview/steps";
import { DraftProvider, useDraftStore, type DraftStore } from "./draft-context";

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

/** Renders the provider and hands back its API as it is after each render. */
function mount() {
  const api: { current?: DraftStore } = {};
  function Probe() {
    api.current = useDraftStore();
    return null;
  }
  render(
    <DraftProvider>
      <Probe />
    </DraftProvider>,
  );
  return () => {
    if (!api.current) throw new Error("not rendered");
    return api.current;
  };
}

/** What another tab's write looks like to this one: the storage changes, then a `storage` event. */
function otherTab(key: string, write: () => void) {
  const oldValue = localStorage.getItem(key);
  write();
  const newValue = localStorage.getItem(key);
  act(() => {
    window.dispatchEvent(new StorageEvent("storage", { key, oldValue, newValue, storageArea: localStorage }));
  });
}

describe("the draft with other tabs open", () => {
  it("saves a step onto what is stored now, not onto this tab's older copy", () => {
    const store = mount(); // this tab read an empty draft
    saveDraft({ city: "340100", hukouProvince: "320000", hukouCity: "320100" }); // another tab, no event yet
    act(() => void store().update({ city: "440100" }));
    expect(loadStoredDraft()).toEqual({ city: "440100", hukouProvince: "320000", hukouCity: "320100" });
  });

  it("follows the draft another tab saves", () => {
    const store = mount();
    otherTab(DRAFT_KEY, () => saveDraft({ city: "340100", work: "platform" }));
    expect(store().stored).toEqual({ city: "340100", work: "platform" });
    otherTab(DRAFT_KEY, () => localStorage.removeItem(DRAFT_KEY));
    expect(store().stored).toEqual({});
  });

  it("“删除我的回答” in another tab empties this one and removes what it wrote meanwhile", () => {
    saveDraft({ city: "340100" });
    const store = mount();
    const stop = vi.fn();
    store().onForgotten(stop);
    expect(store().hasAnswers()).toBe(true);
    // The other tab removed everything; this tab wrote a scratch entry before it heard of it.
    otherTab(FORGOTTEN_SIGNAL, () => {
      localStorage.clear();
      saveScratch(STEPS.hukou, { hukouProvince: "370000" });
      localStorage.setItem(FORGOTTEN_SIGNAL, "1");
    });
    expect(stop).toHaveBeenCalledOnce();
    expect(store().stored).toEqual({});
    expect(store().hasAnswers()).toBe(false);
    expect(store().forgottenElsewhere).toBe(1);
    expect(localStorage.getItem(scratchKey("hukou"))).toBeNull();
    // Submitting afterwards saves only what is submitted.
    act(() => void store().update({ livingWith: "none" }));
    expect(loadStoredDraft()).toEqual({ livingWith: "none" });
  });

  it("“删除我的回答” here tells the other tabs and leaves nothing stored", () => {
    saveDraft({ city: "340100" });
    saveScratch(STEPS.hukou, { hukouProvince: "370000" });
    // The signal is written and removed at once: the other tabs get a `storage` event for it.
    const writes = vi.spyOn(Storage.prototype, "setItem");
    const store = mount();
    act(() => store().forget());
    expect(writes.mock.calls.filter(([key]) => key === FORGOTTEN_SIGNAL)).toHaveLength(1);
    expect(Object.keys(localStorage)).toEqual([]);
    expect(store().forgottenElsewhere).toBe(0);
  });
});
