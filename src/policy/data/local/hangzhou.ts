import type { LocalPolicy } from "./types";

/** 杭州 (seed 000; facts.md §5.2, Addendum B §5). Both rules predate the national changes. */
export const HANGZHOU: LocalPolicy = {
  code: "330100",
  residentChild: [
    {
      value: "conditional",
      from: "2022-01-01",
      seen: "2022",
      cite: { source: "hangzhou-resident-2022" },
      condition: "hangzhou_child_parent",
    },
  ],
  residentAdult: [
    {
      value: "closed",
      from: "2013-01-01",
      seen: "2016",
      cite: { source: "seed-000-notes", clause: "杭政办〔2013〕8号" },
    },
    { value: "closed", from: "2022-01-01", seen: "2022", cite: { source: "hangzhou-resident-2022" } },
  ],
};
