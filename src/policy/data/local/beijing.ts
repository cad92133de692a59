import type { LocalPolicy } from "./types";

const faq = { source: "beijing-faq", clause: "34、外埠户籍人员能够参加本市城乡居民医保吗？" };
const premium = { source: "beijing-premium-2026" };

/**
 * 北京 (facts.md Addendum B §1). The FAQ is undated: it cannot show the rule after a national change.
 */
export const BEIJING: LocalPolicy = {
  code: "110100",
  residentChild: [{ value: "conditional", cite: faq, condition: "beijing_child_listed_groups" }],
  residentAdult: [{ value: "conditional", cite: faq, condition: "beijing_listed_groups" }],
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
  enrolmentWindow: { from: "2025-11-30", to: "2026-02-28", cite: premium },
  hints: [{ code: "beijing_spouse_of_local", cite: faq }],
};
