import type { LocalPolicy } from "./types";

const min3 = { source: "fujian-2025-3" };

/** 福建 (Addendum B §13.3): 闽政办〔2025〕3号 lifts 户籍 limits and sets the enrolment period. */
export const FUJIAN: LocalPolicy = {
  code: "350000",
  flexibleStaff: [{ value: "open", from: "2025-01", seen: "2025-01", cite: min3, permit: "one_of_proofs" }],
  residentAdult: [{ value: "open", from: "2025-01", seen: "2025-01", cite: min3, permit: "required" }],
  enrolmentWindow: { from: "09-01", to: "12-31", extension: "次年1月1日至2月底", cite: min3 },
};
