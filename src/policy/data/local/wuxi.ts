import type { LocalPolicy } from "./types";

/** 无锡 (seed 000, about 2016; current rule not checked). */
export const WUXI: LocalPolicy = {
  code: "320200",
  checked: "2026-11-30",
  flexibleStaff: [
    {
      value: "open",
      seen: "2016",
      cite: { source: "seed-000-notes", clause: "《无锡市区灵活就业（延长缴费）人员缴费核定办理须知》" },
      condition: "wuxi_income_and_residence",
      permit: "not_required",
      checked: "2026-11-30",
    },
  ],
};
