import type { LocalPolicy } from "./types";

const faq = { source: "beijing-faq", clause: "34、外埠户籍人员能够参加本市城乡居民医保吗？" };
const premium = { source: "beijing-premium-2026" };
const checked = "2026-11-30";

/**
 * 北京 (facts.md Addendum B §1). The FAQ is undated: non-local adults and children may join 居民医保 only
 * in named groups ("只限…"), and an ordinary 居住证 holder is not one of them. Whether non-local flexible
 * workers can join 职工医保 was not found (no rule: unconfirmed).
 */
export const BEIJING: LocalPolicy = {
  code: "110100",
  checked: "2026-11-30",
  residentChild: [{ value: "conditional", cite: faq, condition: "beijing_child_listed_groups", checked }],
  residentAdult: [{ value: "conditional", cite: faq, condition: "beijing_listed_groups", checked }],
  residentPremium: [
    {
      year: 2026,
      yearKind: "coverage",
      amounts: [
        { group: "elderly", yuan: 460 },
        { group: "child", yuan: 435 },
        { group: "working_age", yuan: 795 },
      ],
      cite: premium,
    },
  ],
  flexibleCost: [
    {
      monthlyYuan: 584.92,
      dataYear: "2025",
      from: "2025-07",
      cite: { source: "beijing-flex-2025" },
    },
  ],
  enrolmentWindow: { kind: "dated", coverageYear: 2026, from: "2025-11-30", to: "2026-02-28", cite: premium },
  hints: [{ code: "beijing_spouse_of_local", cite: faq }],
};
