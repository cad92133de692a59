import type { LocalPolicy } from "./types";

const checked = "2026-11-30";

/** 天津 (Addendum B §11): 未就业 and flexible workers with a 天津 居住证 may join 居民医保. */
export const TIANJIN: LocalPolicy = {
  code: "120100",
  checked: "2026-11-30",
  residentAdult: [
    {
      value: "open",
      seen: "2022-11-22",
      cite: { source: "tianjin-resident-2022" },
      permit: "required",
      checked,
    },
  ],
  /** Pupils at 天津 schools whatever their 户籍; children not at school with a 居住证 or its 受理回执. */
  residentChild: [
    {
      value: "conditional",
      seen: "2022-11-22",
      cite: { source: "tianjin-resident-2022" },
      condition: "tianjin_child_school_or_permit",
      permit: "not_required",
      checked,
    },
  ],
};
