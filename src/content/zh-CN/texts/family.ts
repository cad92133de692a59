/** Hints for families on the move. */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";

export const FAMILY_TEXTS: TextsFor<Extract<Code, `family.${string}`>> = {
  "family.local_years_matter":
    "在一个城市连续交社保的年数，不只关系到看病：孩子在当地上学、中考高考，办居住证、积分落户，很多地方都要看当地社保年限。",
  "family.child_points_quota":
    "有的城市外地孩子参加居民医保名额有限，按父母的积分排队（比如苏州的积分入医）。",
  "family.children_account_pays":
    "子女如果有职工医保，个人账户的钱可以给你交居民医保（各省做法不同；子女在外省参保的能不能用，没有核实）。",
};
