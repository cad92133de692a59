import type { LocalPolicy } from "./types";

/** 广州 (seed 000; facts.md §5.2, Addendum B §4). Both rules predate the national changes. */
export const GUANGZHOU: LocalPolicy = {
  code: "440100",
  checked: "2026-11-30",
  residentAdult: [
    {
      value: "closed",
      seen: "2016",
      cite: { source: "seed-000-notes", clause: "穗府办〔2014〕47号" },
      checked: "2026-11-30",
    },
    {
      value: "conditional",
      seen: "2022-10-28",
      cite: { source: "guangzhou-resident-2022" },
      condition: "guangzhou_staff_24_months",
      permit: "required",
      checked: "2026-11-30",
    },
  ],
};
