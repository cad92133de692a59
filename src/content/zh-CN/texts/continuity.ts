/** Gaps in cover and the waiting periods they bring. */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";
import { date } from "./format";

export const CONTINUITY_TEXTS: TextsFor<Extract<Code, `gap.${string}` | `waiting.${string}`>> = {
  "gap.counted": (p) =>
    `中间断了${p.months}个月没有医保（从${p.last ? date(p.last) : "上次停保"}之后到${date(p.start)}之前）。`,
  "gap.none_between": (p) => `上一段保到${date(p.last)}，新的从${date(p.start)}开始，中间没有断。`,
  "gap.overlap": "原来的医保还在，中间没有断保（但要注意别重复参保）。",
  "gap.counted_if_now": (p) => `如果从${date(p.start)}开始参保，中间断了${p.months}个月。`,
  "gap.resident_paid_year": (p) =>
    `居民医保按年交：交了${p.year}年的钱，一般保到${p.year}年12月31日，不是到${date(p.to)}就停（各地以当地规定为准）。`,
  "gap.backpay_no_waiting": (p) =>
    `职工医保断保不超过${p.max}个月：按新参保地规定补交这${p.months}个月，交钱当月就能享受待遇，断保期间看病的钱也能报。`,
  "gap.none_no_waiting": "所以没有等待期。",
  "gap.continuous": (p) => `你连续参保约${p.months}个月（不同城市、不同医保接着交的，连在一起算）。`,
  "gap.continuous_unknown": (p) =>
    `在职工医保和居民医保之间换，已经连续参保满${p.need / 12}年、断保不超过${p.max}个月的，才能免等待期。你没填原来的医保从哪年开始，所以算不出来：满${p.need / 12}年的，可以跟当地说明。`,
  "gap.cross_scheme_needs_2_years": (p) =>
    `在职工医保和居民医保之间换，要已经连续参保满${p.need / 12}年、断保不超过${p.max}个月，才能免等待期。你连续参保约${p.months}个月，不满${p.need / 12}年。`,

  "waiting.resident_38": (p) =>
    `居民医保的等待期（2025年起）：固定${p.fixed}个月；每多断保1年，原则上再加${p.perYear}个月` +
    (p.yearsMissed > 0 ? `（你断了约${p.yearsMissed}年，约${p.total}个月）` : "") +
    `。补交断保那些年的钱，每补1年可减1个月；连续断保${p.longBreakYears}年以上的，补交后原则上也不少于${p.minTotal}个月。新生儿等除外，具体由各省定。`,
  "waiting.resident_paid_year_continues": "等待期里，已经交了钱的那一年居民医保照常能用，不会没有医保。",
  "waiting.staff_local": (p) =>
    p.months === 0
      ? `${p.city}灵活就业人员参保没有等待期：当月参保，次月就能享受待遇（资料日期：${date(p.seen)}）。`
      : `${p.city}灵活就业人员首次或重新参保的等待期为${p.months}个月（资料日期：${date(p.seen)}）。`,
  "waiting.staff_max": (p) =>
    `断保超过3个月的，新参保地可以设等待期，最长不超过${p.max}个月，具体看当地规定。`,
  "waiting.cross_scheme_short": "新参保地可能有等待期，长短看当地规定。",
  "waiting.local_rules": "等待期按新参保地的规定。",
};
