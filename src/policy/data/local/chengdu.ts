import type { LocalPolicy } from "./types";

/** 成都 (Addendum B §8): the old 办法 required 成都 户籍 for adults; the current rule is unverified. */
export const CHENGDU: LocalPolicy = {
  code: "510100",
  checked: "2026-11-30",
  residentAdult: [{ value: "closed", cite: { source: "chengdu-old-rules" }, checked: "2026-11-30" }],
};
