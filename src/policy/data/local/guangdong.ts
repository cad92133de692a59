import type { LocalPolicy } from "./types";

const yb2 = { source: "yybg-2022-2" };

/**
 * 广东 (facts.md §5.2, Addendum B §4, §13.1). 粤医保规〔2022〕2号 ran for 3 years to 2025-01-31; whether it
 * was renewed is unverified, but the 2025-01-07 national notice requires the same, so the route stays open
 * and rules/city-access.ts says so with both sources.
 */
export const GUANGDONG: LocalPolicy = {
  code: "440000",
  flexibleStaff: [
    {
      value: "open",
      from: "2022-02-01",
      termEnds: "2025-01-31",
      seen: "2023-04-21",
      cite: yb2,
      permit: "not_required",
      materials: ["employment_registration"],
    },
  ],
};
