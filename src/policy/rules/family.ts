import type { Conclusion } from "../types";
import { isChild } from "./medical-options";
import type { Profile } from "./profile";

const SEED000 = { source: "seed-000-notes", clause: "新问题：基本医保能否成为“社保”？" };

/**
 * Hints for families on the move (seed 000): local social-insurance years count beyond health care —
 * children's schooling and exams, the 居住证 and 积分入户 — and children may need a place of their own.
 */
export function familyHints(p: Profile): Conclusion[] {
  if (p.isLocal) return [];
  const hints: Conclusion[] = [{ code: "family.local_years_matter", cites: [SEED000] }];
  if (isChild(p)) {
    hints.push({
      code: "family.child_points_quota",
      cites: [
        { source: "seed-000-notes", clause: "《苏州市区流动人口积分管理子女入医实施细则》（试行）第八条" },
      ],
    });
  }
  if (p.answers.livingWith === "children") {
    hints.push({
      code: "family.children_account_pays",
      cites: [{ source: "gbf-2024-38", clause: "家庭共济" }, { source: "sichuan-family-account-2025" }],
    });
  }
  return hints;
}
