import { addMonths, monthIndex } from "../../../lib/dates";
import { inForce } from "../../dated";
import { FLEXIBLE_RETIREMENT } from "../../data/national/flexible-retirement";
import type { Conclusion } from "../../types";
import type { Profile } from "../profile";
import { minimumYearsFor } from "./minimum-years";

/** Work with a retirement to choose: not people without work, students, or pensioners. */
const CHOOSES = new Set(["employee", "flexible", "platform", "construction"]);

/**
 * 弹性退休 as 人社部发〔2024〕94号 allows it: early by at most 3 years but not below the pre-reform age, once
 * the minimum years are met; late by at most 3 years, only with the employer's agreement.
 * Before the statutory month: both ways, shown from 3 years before the early window opens (a presentation
 * choice, not policy). From the statutory month on: only the late way, and only with an employer. For people
 * without an employer the procedure is UNVERIFIED, and the advice says so.
 */
export function flexibleRetirement(p: Profile): Conclusion | undefined {
  const r = p.retirement;
  const rule = inForce(FLEXIBLE_RETIREMENT, p.asOf);
  if (!r || !rule || !CHOOSES.has(p.answers.work)) return undefined;
  const employer = p.answers.work === "employee";
  const earliest = addMonths(r.month, -Math.min(rule.value.maxEarlyMonths, r.delayMonths));
  const latest = addMonths(r.month, rule.value.maxLateMonths);
  const now = monthIndex(p.asOf);
  if (now >= monthIndex(latest)) return undefined;
  if (now >= monthIndex(r.month)) {
    if (!employer) return undefined;
    return {
      code: "pension.flexible_retirement_late",
      params: { statutory: r.month, latest },
      cites: [rule.cite],
    };
  }
  if (now < monthIndex(earliest) - rule.value.maxEarlyMonths) return undefined;
  const earlyMin = earliest < r.month ? minimumYearsFor(`${earliest}-01`, p.asOf) : undefined;
  return {
    code: "pension.flexible_retirement",
    params: {
      earliest,
      statutory: r.month,
      latest,
      notice: rule.value.earlyNoticeMonths,
      employer,
      ...(earlyMin ? { earlyMinYears: earlyMin.years } : {}),
    },
    cites: [rule.cite, ...(earlyMin ? [earlyMin.cite, { source: "chengdu-min-years-example" }] : [])],
    ...(employer
      ? {}
      : { because: [{ code: "pension.flexible_retirement_no_employer", cites: [rule.cite] }] }),
  };
}
