import type { Conclusion } from "../types";
import type { Profile } from "./profile";

const SEED000 = { source: "seed-000-notes", clause: "新问题：基本医保能否成为“社保”？" };
const WORKING = new Set(["employee", "flexible", "platform", "construction"]);

/**
 * Hints for families on the move (seed 000): for people working away from home, local social-insurance
 * years count beyond health care — children's schooling and exams, the 居住证 and 积分入户 — and children
 * may need a place of their own. Nothing for locals; nothing about schooling for retirees or the elderly.
 */
export function familyHints(p: Profile): Conclusion[] {
  if (p.isLocal) return [];
  const hints: Conclusion[] = [];
  if (WORKING.has(p.answers.work)) hints.push({ code: "family.local_years_matter", cites: [SEED000] });
  if (p.child) {
    hints.push({
      code: "family.child_points_quota",
      cites: [
        { source: "seed-000-notes", clause: "《苏州市区流动人口积分管理子女入医实施细则》（试行）第八条" },
      ],
    });
  }
  // An older parent living with their children, not in 职工医保 now: a child's account may pay their premium.
  // Never for someone in 职工医保: that would be a second scheme (人社部发〔2009〕191号 第二条).
  if (p.answers.livingWith === "children" && !p.ongoing.some((e) => e.scheme === "staff")) {
    hints.push({
      code: "family.children_account_pays",
      cites: [{ source: "gbf-2024-38", clause: "家庭共济" }, { source: "sichuan-family-account-2025" }],
    });
  }
  return hints;
}
