import type { LocalPolicy } from "./types";

/** 天津 (Addendum B §11): 未就业 and flexible workers with a 天津 居住证 may join 居民医保. */
export const TIANJIN: LocalPolicy = {
  code: "120100",
  residentAdult: [
    {
      value: "open",
      from: "2022-01-01",
      seen: "2022-11-22",
      cite: { source: "tianjin-resident-2022" },
      permit: "required",
    },
  ],
  /** Pupils at 天津 schools whatever their 户籍; children not at school with a 居住证 or its 受理回执. */
  residentChild: [
    {
      value: "open",
      from: "2022-01-01",
      seen: "2022-11-22",
      cite: { source: "tianjin-resident-2022" },
      permit: "one_of_proofs",
    },
  ],
};
