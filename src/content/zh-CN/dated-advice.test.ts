import { describe, expect, it } from "vitest";
import { formatChineseDate } from "../../lib/dates";
import { advise } from "../../policy/advise";
import { Answers } from "../../policy/answers";
import type { WindowParams } from "../../policy/codes/medical";
import { LOCAL_POLICIES } from "../../policy/data/local";
import { CITIES, findCity } from "../../policy/data/regions";
import { deadlinesOf } from "../../policy/rules/deadlines";
import { windowFor } from "../../policy/rules/warnings";
import { conclusionText } from "./texts";

/**
 * Dated advice ages (security report M5): whatever day the advice is worked out for, from 2026 to 2040, a
 * window or deadline it shows is either still ahead or said to be over — never an ended period shown as
 * current — and every date is written in Chinese (年月日), never as an ISO string.
 */
const DAYS: string[] = [];
for (let y = 2026; y <= 2040; y++)
  for (let m = 1; m <= 12; m++)
    for (const d of ["01", "15", "28"]) DAYS.push(`${y}-${String(m).padStart(2, "0")}-${d}`);

const WINDOWS = [...LOCAL_POLICIES.entries()].flatMap(([code, p]) =>
  p.enrolmentWindow ? [{ code, window: p.enrolmentWindow }] : [],
);

/** A place's city for the advice: the city itself, or the first city of a province with a window. */
const cityFor = (code: string) =>
  code.endsWith("0000")
    ? CITIES.find((c) => c.provinceCode === code && !LOCAL_POLICIES.has(c.code))
    : findCity(code);

const ISO = /\d{4}-\d{2}-\d{2}/;

function windowsIn(value: unknown, out: WindowParams[] = []): WindowParams[] {
  if (Array.isArray(value)) value.forEach((v) => windowsIn(v, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.from === "string" && typeof o.to === "string" && typeof o.past === "boolean")
      out.push(o as unknown as WindowParams);
    else Object.values(o).forEach((v) => windowsIn(v, out));
  }
  return out;
}

describe("advice worked out on any day from 2026 to 2040", () => {
  it("has windows in the data to check", () => {
    expect(WINDOWS.length).toBeGreaterThanOrEqual(7);
  });

  it("shows each place's enrolment window as ahead or over, never an ended one as current", () => {
    for (const { code, window } of WINDOWS)
      for (const asOf of DAYS) {
        const w = windowFor(window, code, asOf);
        const end = w.extensionTo ?? w.to;
        if (end < asOf) expect(w.past, `${code} on ${asOf}: ${w.from}–${end}`).toBe(true);
        if (w.past) expect(end < asOf, `${code} on ${asOf}: marked past, ends ${end}`).toBe(true);
        const text = conclusionText({ code: "warning.enrolment_window", params: { window: w }, cites: [] });
        expect(text.includes("已经结束"), `${code} on ${asOf}: ${text}`).toBe(w.past);
        expect(text).not.toMatch(ISO);
        expect(text).toContain(formatChineseDate(w.to));
      }
  });

  it("through advise(): a newcomer's result in every such place says the same, and no deadline lies before its day", () => {
    let windowsSeen = 0;
    for (const { code } of WINDOWS) {
      const city = cityFor(code);
      if (!city) throw new Error(`no city for ${code}`);
      const answers = Answers.parse({
        city: city.code,
        hukouProvince: "410000",
        hukouCity: "411600",
        residencePermit: "yes",
        work: "none",
        birth: "1990-04",
        sex: "female",
        livingWith: "none",
        medical: [],
        pension: [],
        careAway: "none",
      });
      for (const asOf of DAYS.filter((_, i) => i % 3 === 0)) {
        const advice = advise(answers, { asOf });
        for (const w of windowsIn(advice)) {
          windowsSeen += 1;
          expect((w.extensionTo ?? w.to) < asOf, `${city.short} on ${asOf}`).toBe(w.past);
        }
        for (const d of deadlinesOf(answers, advice, { asOf })) {
          expect(d.date >= asOf, `${city.short} on ${asOf}: ${d.code} ${d.date}`).toBe(true);
          expect(conclusionText(d)).not.toMatch(ISO);
        }
      }
    }
    expect(windowsSeen).toBeGreaterThan(1000);
  });
});
