import type { LocalPolicy } from "./types";

/** 东莞 (Addendum B §12). */
export const DONGGUAN: LocalPolicy = {
  code: "441900",
  residentChild: [
    {
      value: "conditional",
      from: "2022-01-01",
      seen: "2022-10-22",
      cite: { source: "dongguan-resident-2022" },
      condition: "dongguan_parent_one_year",
      permit: "required",
    },
  ],
  residentAdult: [
    { value: "closed", from: "2022-01-01", seen: "2022-10-22", cite: { source: "dongguan-resident-2022" } },
  ],
};
