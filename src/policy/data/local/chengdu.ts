import type { LocalPolicy } from "./types";

/**
 * 成都 (Addendum B §8; docs/research/city-costs.md): the old 办法 required 成都 户籍 for adults; the current rule
 * is unverified. 职工医保 as 灵活就业 (统账结合) from the 2025-10 属期: base 6,117 (the 2025-10-10 notice) ×
 * 9.5% (成医保办〔2025〕17号, read when the base was 6,015; no source says the rate changed or stayed).
 */
export const CHENGDU: LocalPolicy = {
  code: "510100",
  checked: "2026-11-30",
  residentAdult: [{ value: "closed", cite: { source: "chengdu-old-rules" }, checked: "2026-11-30" }],
  flexibleCost: [
    {
      minBaseYuan: 6117,
      ratePercent: 9.5,
      dataYear: "2025",
      from: "2025-10",
      tier: "统账结合",
      cite: { source: "chengdu-flex-rate-2025", clause: "缴费费率为9.5%（含大病医疗互助补充保险）" },
      baseCite: { source: "chengdu-flex-base-2025", clause: "二、" },
    },
  ],
};
