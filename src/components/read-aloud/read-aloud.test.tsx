// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { STEPS } from "../../interview/steps";
import { advise } from "../../policy/advise";
import { answersFor } from "../../policy/testing";
import { questionSpeech } from "./question-speech";
import { ReadAloud } from "./read-aloud";
import { resultSpeech } from "./result-speech";
import { planPerson } from "../result/plan";
import { deadlinesOf } from "../../policy/rules/deadlines";

class FakeUtterance {
  lang = "";
  voice: unknown = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

function installSpeech(voices: { lang: string; name: string; localService?: boolean }[]) {
  const listeners = new Set<() => void>();
  const synth = {
    voices,
    getVoices: vi.fn(() => synth.voices),
    speak: vi.fn(),
    cancel: vi.fn(),
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    announceVoices(v: { lang: string; name: string; localService?: boolean }[]) {
      synth.voices = v;
      listeners.forEach((fn) => fn());
    },
  };
  vi.stubGlobal("speechSynthesis", synth);
  vi.stubGlobal("SpeechSynthesisUtterance", FakeUtterance);
  return synth;
}

const spoken = (synth: ReturnType<typeof installSpeech>) =>
  synth.speak.mock.calls.map(([u]) => u as FakeUtterance);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("ReadAloud", () => {
  it("reads the question, its hint and its options in Mandarin, with a zh-CN voice", async () => {
    const synth = installSpeech([
      { lang: "en-US", name: "English" },
      { lang: "zh-TW", name: "國語" },
      { lang: "zh-CN", name: "普通话" },
    ]);
    const user = userEvent.setup();
    render(<ReadAloud label="朗读这个问题" text={() => questionSpeech(STEPS.permit)} />);
    await user.click(screen.getByRole("button", { name: /朗读这个问题/ }));

    const utterances = spoken(synth);
    const text = utterances.map((u) => u.text).join("");
    expect(text).toBe(
      "你在这个城市有居住证吗？居住证由当地公安机关发放。已经申请、拿到了“居住证办理凭证”的，选“正在办”。选项：有居住证；正在办，已经拿到居住证办理凭证；没有。",
    );
    expect(utterances.length).toBeGreaterThan(1); // sentence by sentence
    expect(utterances.every((u) => u.lang === "zh-CN")).toBe(true);
    expect(utterances.every((u) => (u.voice as { name: string }).name === "普通话")).toBe(true);

    // While it reads, the same button stops it.
    await user.click(screen.getByRole("button", { name: /停止朗读/ }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole("button", { name: /朗读这个问题/ })).toBeInTheDocument();
  });

  it("reads a step's quick answers too, with the person's places in them", () => {
    const text = questionSpeech(STEPS.medical, {
      city: "330100",
      hukouProvince: "410000",
      hukouCity: "411600",
    });
    expect(text).toContain(
      "可以直接点：没有参加过医保；在老家（周口）交居民医保或新农合，现在还在交；在这里（杭州）交职工医保，现在还在交。",
    );
  });

  it("goes back to “朗读” when the last sentence ends", async () => {
    const synth = installSpeech([{ lang: "zh_CN", name: "x" }]);
    const user = userEvent.setup();
    render(<ReadAloud label="朗读这个问题" text={() => "第一句。第二句。"} />);
    await user.click(screen.getByRole("button"));
    expect(screen.getByRole("button")).toHaveTextContent("停止朗读");
    act(() => spoken(synth).at(-1)?.onend?.());
    expect(screen.getByRole("button")).toHaveTextContent("朗读这个问题");
  });

  it("reads the result's “先做这些” and 材料清单", async () => {
    const synth = installSpeech([{ lang: "zh-CN", name: "x" }]);
    const answers = answersFor({
      city: "合肥",
      hukouProvince: "山东",
      hukouCity: "临沂",
      residencePermit: "yes",
      work: "platform",
      age: 26,
    });
    const advice = advise(answers, { asOf: "2026-11-22" });
    const plan = planPerson(answers, advice, deadlinesOf(answers, advice, { asOf: "2026-11-22" }));
    const user = userEvent.setup();
    render(<ReadAloud label="朗读建议和材料清单" text={() => resultSpeech(plan, advice.materials)} />);
    await user.click(screen.getByRole("button"));
    const text = spoken(synth)
      .map((u) => u.text)
      .join("");
    expect(text).toMatch(/^先做这些。建议你：以灵活就业身份参加职工医保。/);
    expect(text).toMatch(/材料清单：身份证，要带；/);
    expect(text).toContain("居住证");
    expect(text).not.toMatch(/undefined|\[object/);
  });

  it("never uses an online voice: with only remote Chinese voices it is hidden", () => {
    installSpeech([{ lang: "zh-CN", name: "Google 普通话", localService: false }]);
    render(<ReadAloud label="朗读这个问题" text={() => "x"} />);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("is hidden when the browser has no speechSynthesis", () => {
    vi.stubGlobal("speechSynthesis", undefined);
    render(<ReadAloud label="朗读这个问题" text={() => "x"} />);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("is hidden while there is no voice at all, and appears when voices arrive", () => {
    const synth = installSpeech([]);
    render(<ReadAloud label="朗读这个问题" text={() => "x"} />);
    expect(screen.queryByRole("button")).toBeNull();
    act(() => synth.announceVoices([{ lang: "zh-CN", name: "x" }]));
    expect(screen.getByRole("button", { name: /朗读这个问题/ })).toBeInTheDocument();
  });
});
