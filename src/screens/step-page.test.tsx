// @vitest-environment jsdom
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { DraftProvider } from "../state/draft-context";
import { SCRATCH_DELAY_MS } from "../state/use-step-scratch";
import { FORGOTTEN_SIGNAL } from "../interview/device-storage";
import { loadStoredDraft, saveDraft } from "../interview/draft-store";
import { loadScratch, scratchKey } from "../interview/step-scratch";
import { STEPS } from "../interview/steps";
import { StepPage } from "./step-page";

afterEach(() => {
  localStorage.clear();
});

function renderStep(id: string) {
  return render(
    <DraftProvider>
      <MemoryRouter initialEntries={[`/q/${id}`]}>
        <Routes>
          <Route path="q/:stepId" element={<StepPage />} />
        </Routes>
      </MemoryRouter>
    </DraftProvider>,
  );
}

describe("the step screen keeps what was typed but not submitted", () => {
  it("writes it to the device after a short pause, shows it again, and clears it on submit", async () => {
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    const user = userEvent.setup();
    const first = renderStep("permit");
    await user.click(screen.getByRole("radio", { name: /^正在办/ }));
    // Written after a pause in typing (debounce.test.ts checks the timing), while the step is still open.
    await waitFor(() => expect(loadScratch(STEPS.permit)).toEqual({ residencePermit: "applying" }), {
      timeout: SCRATCH_DELAY_MS * 10,
    });
    first.unmount(); // a reload, a closed tab

    renderStep("permit");
    expect(screen.getByRole("radio", { name: /^正在办/ })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByRole("heading", { level: 1, name: /和谁一起生活/ })).toBeVisible();
    expect(localStorage.getItem(scratchKey("permit"))).toBeNull();
    expect(loadStoredDraft()).toMatchObject({ residencePermit: "applying" });
  });

  it("writes at once when the step is left before the pause is over", async () => {
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    const view = renderStep("permit");
    await userEvent.click(screen.getByRole("radio", { name: /^没有/ }));
    view.unmount();
    expect(loadScratch(STEPS.permit)).toEqual({ residencePermit: "no" }); // flushed when the step was left
  });
});

describe("the step screen with other tabs open", () => {
  it("writes nothing it holds once the answers were deleted in another tab", async () => {
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    const view = renderStep("permit");
    await userEvent.click(screen.getByRole("radio", { name: /^没有/ })); // not yet written
    act(() => {
      localStorage.clear();
      localStorage.setItem(FORGOTTEN_SIGNAL, "1");
      window.dispatchEvent(
        new StorageEvent("storage", { key: FORGOTTEN_SIGNAL, newValue: "1", storageArea: localStorage }),
      );
    });
    window.dispatchEvent(new Event("pagehide"));
    view.unmount();
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it("saves only what was changed on the step, so another tab's newer answer stays", async () => {
    saveDraft({ city: "340100", hukouProvince: "320000", hukouCity: "320100" });
    renderStep("hukou");
    // Another tab changes the 户口 while this one shows the old answer, which the person leaves as it is.
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    await userEvent.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByRole("heading", { level: 1, name: /怎么工作/ })).toBeVisible();
    expect(loadStoredDraft()).toEqual({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
  });
});
