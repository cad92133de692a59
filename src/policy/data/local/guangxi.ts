import type { LocalPolicy } from "./types";

const seed002 = { source: "news-2025-hukou-lifted", clause: "广西壮族自治区医保局介绍" };

/** 广西 incl. 南宁 (seed 002; facts.md §5.2). */
export const GUANGXI: LocalPolicy = {
  code: "450000",
  checked: "2026-11-30",
  residentAdult: [
    {
      value: "open",
      from: "2021",
      seen: "2025-01",
      cite: seed002,
      permit: "required",
      checked: "2026-11-30",
    },
  ],
  staffTransferWithinProvince: { value: "automatic", cite: seed002 },
};
