import type { LocalPolicy } from "./types";

const seed002 = { source: "news-2025-hukou-lifted", clause: "合肥市医保局介绍" };

/** 合肥 (seed 002; facts.md §5.2). */
export const HEFEI: LocalPolicy = {
  code: "340100",
  checked: "2026-11-30",
  flexibleStaff: [
    {
      value: "open",
      from: "2022-01",
      seen: "2025-01",
      cite: seed002,
      permit: "one_of_proofs",
      materials: ["residence_permit"],
      checked: "2026-11-30",
    },
  ],
  residentAdult: [
    { value: "open", seen: "2025-01", cite: seed002, permit: "required", checked: "2026-11-30" },
  ],
  flexibleCost: [{ minBasePercent: 60, wageOf: "province", ratePercent: 6, dataYear: "2025", cite: seed002 }],
  residentPremium: [
    {
      year: 2025,
      yearKind: "coverage",
      amounts: [
        { group: "ordinary", yuan: 400 },
        { group: "student", yuan: 350 },
      ],
      cite: { source: "hefei-resident-2025" },
    },
  ],
  channels: [{ code: "local_app", name: "“安徽医保”小程序", for: ["enrol", "transfer"], cite: seed002 }],
};
