/** Why the recommended option is the one to take. */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";

export const RECOMMENDATION_TEXTS: TextsFor<Extract<Code, `rec.${string}`>> = {
  "rec.retired_keeps_staff":
    "你已经退休，在职工医保里：继续留在原来的职工医保，不用转移（退休人员不办医保关系转移）。",
  "rec.staff_employer": "你和单位有劳动关系，由单位给你参加职工医保。",
  "rec.staff_flexible_encouraged":
    "国家鼓励灵活就业的人在工作的地方参加职工医保。有没有个人账户、报销多少，要看当地的档次和规定。",
  "rec.resident_local_lives_here": "你长期住在这里，在这里参保，看病不用办异地就医备案。",
  "rec.resident_hukou_open_now": "在户口所在地参加居民医保，现在就能办。",
  "rec.resident_hukou_needs_filing": (p) =>
    `你住在${p.city}，医保在${p.hukou}：要办“异地长期居住”备案，在${p.city}看病才能直接结算。`,
  "rec.already_enrolled": "你已经参加了，按时续交就行。",
};
