import type { LocalPolicy } from "./types";

/** 河北 (seed 002): 职工医保 members changing city inside the province need no transfer. */
export const HEBEI: LocalPolicy = {
  code: "130000",
  checked: "2026-11-30",
  /** 河北-wide 2026年度 window (石家庄's own amount was not found; the province says "不低于400"). */
  enrolmentWindow: {
    kind: "dated",
    coverageYear: 2026,
    from: "2025-10-20",
    to: "2026-02-28",
    cite: { source: "hebei-resident-2026", clause: "二、缴费时间" },
  },
  staffTransferWithinProvince: {
    value: "not_needed",
    cite: { source: "news-2025-hukou-lifted", clause: "石家庄市医保局待遇保障科介绍" },
  },
};
