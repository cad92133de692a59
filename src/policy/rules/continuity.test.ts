import { describe, expect, it } from "vitest";
import { answersFor } from "../testing";
import { continuity } from "./continuity";
import { buildProfile } from "./profile";

function gapCase(
  to: string,
  start: string,
  opts: {
    asOf?: string;
    from?: string;
    prevScheme?: "staff" | "resident";
    target?: "staff" | "resident";
  } = {},
) {
  const prev = {
    scheme: opts.prevScheme ?? "staff",
    city: "南京",
    from: opts.from ?? "2015-01-01",
    to,
  } as const;
  const p = buildProfile(
    answersFor({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      medical: [prev],
      plannedStart: start,
    }),
    opts.asOf ?? "2026-11-22",
  );
  const e = p.medical[0];
  if (!e) throw new Error("no entry");
  return continuity(p, e, { scheme: opts.target ?? "staff", city: p.city.code });
}

describe("gaps and waiting periods (人社部发〔2015〕80号 三; 医保办发〔2021〕43号; 国办发〔2024〕38号)", () => {
  it.each([
    ["no gap", "2026-05-31", "2026-06-20", 0, "none", 0],
    [
      "3 months, back-paid: no waiting period (80号 三: 中断不超过3个月且补缴)",
      "2025-09-30",
      "2026-01-01",
      3,
      "none",
      3,
    ],
    ["4 months: the new place's waiting period", "2025-08-31", "2026-01-01", 4, "new_place_rules", 0],
    ["5 months (P5)", "2026-03-31", "2026-09-01", 5, "new_place_rules", 0],
  ])("%s", (_n, to, start, gap, waiting, backpay) => {
    expect(gapCase(to, start)).toMatchObject({ gapMonths: gap, waiting, backpayMonths: backpay });
  });

  it("43号: a longer 职工医保 gap may carry a waiting period of at most 6 months", () => {
    expect(gapCase("2025-08-31", "2026-01-01")?.waitingDetail).toMatchObject({
      code: "waiting.staff_max",
      params: { max: 6 },
    });
  });

  it("before 43号 (80号 alone) no cap on the local waiting period is stated", () => {
    expect(gapCase("2021-01-31", "2021-06-01", { asOf: "2021-06-01" })?.waitingDetail?.code).toBe(
      "waiting.local_rules",
    );
  });

  it("43号: switching scheme keeps the no-wait treatment only after 2 years of continuous cover", () => {
    expect(gapCase("2026-05-31", "2026-06-20", { prevScheme: "resident", from: "2024-06-01" })?.waiting).toBe(
      "none",
    );
    expect(gapCase("2026-05-31", "2026-06-20", { prevScheme: "resident", from: "2025-07-01" })?.waiting).toBe(
      "new_place_rules",
    );
  });

  it("38号 (from 2025): 居民医保 after a break waits 3 months fixed plus 1 month per year missed", () => {
    const c = gapCase("2023-12-31", "2026-06-01", { target: "resident" });
    expect(c?.waitingDetail).toMatchObject({
      code: "waiting.resident_38",
      params: { fixed: 3, yearsMissed: 2, total: 5, minTotal: 6 },
    });
  });

  it("38号 does not apply before 2025", () => {
    expect(
      gapCase("2023-12-31", "2024-11-01", { target: "resident", asOf: "2024-11-01" })?.waitingDetail?.code,
    ).not.toBe("waiting.resident_38");
  });
});
