import type { LocalPolicy } from "./types";

const yb2 = {
  source: "yybg-2022-2",
  clause: "法定劳动年龄内的灵活就业人员可在省内就业地参加职工基本医疗保险",
};

/**
 * 广东 (facts.md §5.2, Addendum B §4, §13.1). 粤医保规〔2022〕2号 ran for 3 years to 2025-01-31; whether it
 * was renewed is unverified, but the 2025-01-07 national notice requires the same, so the route stays open
 * and rules/city-access.ts says so with both sources. It is for flexible workers 法定劳动年龄内.
 */
export const GUANGDONG: LocalPolicy = {
  code: "440000",
  checked: "2026-11-30",
  flexibleStaff: [
    {
      value: "open",
      from: "2022-02-01",
      termEnds: "2025-01-31",
      seen: "2023-04-21",
      cite: yb2,
      condition: "guangdong_working_age",
      permit: "not_required",
      materials: ["employment_registration"],
      checked: "2026-11-30",
    },
  ],
};
