import type { LocalPolicy } from "./types";

const min3 = { source: "fujian-2025-3" };
const checked = "2026-11-30";

/** 福建 (Addendum B §13.3): 闽政办〔2025〕3号 lifts 户籍 limits and sets the enrolment period each year. */
export const FUJIAN: LocalPolicy = {
  code: "350000",
  checked: "2026-11-30",
  flexibleStaff: [{ value: "open", seen: "2025-01", cite: min3, permit: "one_of_proofs", checked }],
  residentAdult: [{ value: "open", seen: "2025-01", cite: min3, permit: "required", checked }],
  enrolmentWindow: { kind: "yearly", from: "09-01", to: "12-31", extensionToMonth: 2, cite: min3 },
};
