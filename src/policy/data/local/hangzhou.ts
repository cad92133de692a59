import type { LocalPolicy } from "./types";

const checked = "2026-11-30";
const notice2026 = { source: "hangzhou-resident-2026", clause: "2026年度参（续）保范围" };

/**
 * 杭州 (seed 000; facts.md §5.2, Addendum B §5; docs/research/city-costs.md). Adults need 杭州 户籍 in
 * every version found. Children: the 2022 rule asked for a parent in 杭州 职工医保; the 2026年度 notice
 * takes pupils at 杭州 schools and pre-school children of a parent with a 浙江省居住证.
 */
export const HANGZHOU: LocalPolicy = {
  code: "330100",
  checked: "2026-11-30",
  residentChild: [
    {
      value: "conditional",
      seen: "2022",
      cite: { source: "hangzhou-resident-2022" },
      condition: "hangzhou_child_parent",
      checked,
    },
    {
      value: "conditional",
      from: "2026-01-01",
      cite: notice2026,
      condition: "hangzhou_child_2026",
      permit: "not_required",
      checked,
    },
  ],
  residentAdult: [
    {
      value: "closed",
      seen: "2016",
      cite: { source: "seed-000-notes", clause: "杭政办〔2013〕8号" },
      checked,
    },
    { value: "closed", seen: "2022", cite: { source: "hangzhou-resident-2022" }, checked },
    { value: "closed", from: "2026-01-01", cite: notice2026, checked },
  ],
  flexibleCost: [
    {
      minBaseYuan: 3957,
      ratePercent: 9.5,
      dataYear: "2023",
      from: "2023-01-01",
      cite: { source: "hangzhou-flex-2023", clause: "一、（含生育保险0.6%）" },
    },
  ],
  enrolmentWindow: {
    kind: "dated",
    coverageYear: 2026,
    from: "2025-10-20",
    to: "2025-12-25",
    cite: notice2026,
  },
};
