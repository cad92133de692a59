import type { LocalPolicy } from "./types";

const seed002 = { source: "news-2025-hukou-lifted", clause: "郑州市医保局介绍" };

/** 郑州 (seed 002; facts.md §5.2, §10). */
export const ZHENGZHOU: LocalPolicy = {
  code: "410100",
  checked: "2026-11-30",
  flexibleStaff: [
    { value: "open", seen: "2025-01", cite: seed002, permit: "not_required", checked: "2026-11-30" },
  ],
  residentAdult: [
    { value: "open", seen: "2025-01", cite: seed002, permit: "required", checked: "2026-11-30" },
  ],
  receiptAccepted: { value: true, cite: seed002 },
  residentPremium: [
    {
      year: 2026,
      yearKind: "coverage",
      amounts: [
        { group: "ordinary", yuan: 400 },
        { group: "college_vocational", yuan: 390 },
      ],
      cite: { source: "zhengzhou-resident-2026" },
    },
  ],
};
