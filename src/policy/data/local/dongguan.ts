import type { LocalPolicy } from "./types";

const checked = "2026-11-30";
const rules2024 = { source: "dongguan-resident-2024", clause: "持居住证人员" };

/**
 * 东莞 (Addendum B §12; docs/research/city-costs.md). In 2022 non-local adults were not covered; the
 * 东莞市医疗保障局 page of 2024-08-30 lists 居住证 holders who are not employed (未就业人员).
 */
export const DONGGUAN: LocalPolicy = {
  code: "441900",
  checked: "2026-11-30",
  residentChild: [
    {
      value: "conditional",
      seen: "2022-10-22",
      cite: { source: "dongguan-resident-2022" },
      condition: "dongguan_parent_one_year",
      permit: "required",
      checked,
    },
  ],
  residentAdult: [
    { value: "closed", seen: "2022-10-22", cite: { source: "dongguan-resident-2022" }, checked },
    {
      value: "open",
      seen: "2024-08-30",
      cite: rules2024,
      condition: "dongguan_not_employed",
      permit: "required",
      checked,
    },
  ],
  enrolmentWindow: {
    kind: "dated",
    coverageYear: 2026,
    from: "2025-09-01",
    to: "2025-12-30",
    cite: { source: "dongguan-window-2026" },
  },
};
