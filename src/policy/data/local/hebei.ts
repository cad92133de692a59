import type { LocalPolicy } from "./types";

/** 河北 (seed 002): 职工医保 members changing city inside the province need no transfer. */
export const HEBEI: LocalPolicy = {
  code: "130000",
  checked: "2026-11-30",
  staffTransferWithinProvince: {
    value: "not_needed",
    cite: { source: "news-2025-hukou-lifted", clause: "石家庄市医保局待遇保障科介绍" },
  },
};
