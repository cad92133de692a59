// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
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
  cleanup(); // unmounting flushes what a step holds: clear the storage after that
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
    const first = renderStep("household");
    await user.click(screen.getByRole("radio", { name: /来投靠子女/ }));
    // Written after a pause in typing (debounce.test.ts checks the timing), while the step is still open.
    await waitFor(() => expect(loadScratch(STEPS.household)).toMatchObject({ livingWith: "children" }), {
      timeout: SCRATCH_DELAY_MS * 10,
    });
    first.unmount(); // a reload, a closed tab

    renderStep("household");
    expect(screen.getByRole("radio", { name: /来投靠子女/ })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByRole("heading", { level: 1, name: /参加过哪些医保/ })).toBeVisible();
    expect(localStorage.getItem(scratchKey("household"))).toBeNull();
    expect(loadStoredDraft()).toMatchObject({ livingWith: "children" });
  });

  it("writes at once when the step is left before the pause is over", async () => {
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    const view = renderStep("household");
    await userEvent.click(screen.getByRole("radio", { name: /跟着父母/ }));
    view.unmount();
    expect(loadScratch(STEPS.household)).toMatchObject({ livingWith: "parents" }); // flushed when left
  });
});

describe("the step screen with other tabs open", () => {
  it("writes nothing it holds once the answers were deleted in another tab", async () => {
    saveDraft({ city: "340100", hukouProvince: "370000", hukouCity: "371300" });
    const view = renderStep("household");
    await userEvent.click(screen.getByRole("radio", { name: /跟着父母/ })); // not yet written
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

describe("fewer taps", () => {
  const RIDER = { city: "330100", hukouProvince: "410000", hukouCity: "411600", work: "platform" as const };

  it("a question with one answer: the option answers and goes on, and shows which answer is current", async () => {
    saveDraft({ ...RIDER, birth: "1990-04", residencePermit: "no" });
    const user = userEvent.setup();
    renderStep("permit");
    expect(screen.queryByRole("button", { name: "下一步" })).toBeNull();
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(screen.getByRole("group", { name: "你在这个城市有居住证吗？" })).toBeVisible();
    expect(screen.getByRole("button", { name: /^没有.*已选$/ })).toBeVisible();
    expect(screen.getByRole("button", { name: /^有居住证$/ })).toBeVisible();
    await user.click(screen.getByRole("button", { name: /^有居住证/ }));
    expect(await screen.findByRole("heading", { level: 1, name: /和谁一起在这里生活/ })).toBeVisible();
    expect(loadStoredDraft()).toMatchObject({ residencePermit: "yes" });
  });

  it("the city: one tap on a city with local rules answers the step", async () => {
    const user = userEvent.setup();
    renderStep("city");
    await user.click(screen.getByRole("button", { name: "杭州" }));
    expect(await screen.findByRole("heading", { level: 1, name: /户口/ })).toBeVisible();
    expect(loadStoredDraft()).toEqual({ city: "330100" });
    // …and the hukou: “the same as the city” in one more.
    await user.click(screen.getByRole("button", { name: /和现在生活的城市一样（杭州）/ }));
    expect(await screen.findByRole("heading", { level: 1, name: /怎么工作/ })).toBeVisible();
    expect(loadStoredDraft()).toEqual({ city: "330100", hukouProvince: "330000", hukouCity: "330100" });
  });

  it("the medical history: quick answers first; “别的情况，我来填” opens one row and puts the focus in it", async () => {
    saveDraft({ ...RIDER, birth: "1990-04", residencePermit: "yes", livingWith: "none" });
    const user = userEvent.setup();
    renderStep("medical");
    expect(screen.queryByRole("button", { name: "下一步" })).toBeNull();
    expect(screen.queryByRole("group", { name: "第 1 段医保" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "别的情况，我来填" }));
    const row = screen.getByRole("group", { name: "第 1 段医保" });
    expect(row).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole("button", { name: "下一步" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "没有参加过医保" })).toBeNull();
  });

  it("the medical history: “在老家（周口）…现在还在交” is one entry with no dates", async () => {
    saveDraft({ ...RIDER, birth: "1990-04", residencePermit: "yes", livingWith: "none" });
    const user = userEvent.setup();
    renderStep("medical");
    await user.click(screen.getByRole("button", { name: "在老家（周口）交居民医保或新农合，现在还在交" }));
    expect(await screen.findByRole("heading", { level: 1, name: /养老保险/ })).toBeVisible();
    expect(loadStoredDraft()).toMatchObject({ medical: [{ scheme: "resident", city: "411600" }] });
  });

  it("a family card left half answered: its questions are listed, nothing is saved", async () => {
    saveDraft({ ...RIDER, birth: "1990-04", residencePermit: "yes" });
    const user = userEvent.setup();
    renderStep("household");
    await user.click(screen.getByRole("button", { name: /添加孩子/ }));
    const card = screen.getByRole("group", { name: "孩子 1" });
    expect(card).toContainElement(document.activeElement as HTMLElement);
    await user.click(screen.getByRole("button", { name: "下一步" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("请选择这位家人的出生年月");
    expect(alert).toHaveTextContent("请回答孩子在不在这里上学");
    expect(alert).toHaveTextContent("请选择这位家人现在的医保");
    expect(alert).not.toHaveTextContent("居住证");
    expect(loadStoredDraft()).not.toHaveProperty("livingWith");
  });

  it("a member's insurance: the usual place is shown; “换一个城市” opens the lists on it", async () => {
    saveDraft({ ...RIDER, birth: "1990-04", residencePermit: "yes" });
    const user = userEvent.setup();
    renderStep("household");
    await user.click(screen.getByRole("button", { name: /添加父母/ }));
    const card = within(screen.getByRole("group", { name: "父母 1" }));
    await user.selectOptions(card.getByLabelText("出生年份"), "1962");
    await user.selectOptions(card.getByLabelText("出生月份"), "02");
    await user.selectOptions(card.getByLabelText("现在怎么工作"), "retired");
    await user.click(
      within(card.getByRole("radiogroup", { name: /居住证/ })).getByRole("radio", { name: "没有" }),
    );
    await user.click(card.getByRole("radio", { name: "职工医保" }));
    expect(card.getByText(/在哪里参保/)).toHaveTextContent("在哪里参保：杭州");
    await user.click(card.getByRole("button", { name: "换一个城市" }));
    const province = card.getByLabelText("省份");
    expect(province).toHaveFocus();
    expect(province).toHaveValue("330000");
    await user.selectOptions(province, "230000");
    await user.selectOptions(card.getByLabelText("城市"), "230100");
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(await screen.findByRole("heading", { level: 1, name: /参加过哪些医保/ })).toBeVisible();
    expect(loadStoredDraft()).toMatchObject({
      household: [
        {
          relation: "parent",
          birth: "1962-02",
          work: "retired",
          residencePermit: "no",
          insured: { scheme: "staff", city: "230100" },
        },
      ],
    });
  });
});
