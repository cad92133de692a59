/**
 * The days an advice asks the person to act by, for “加到日历”: each a conclusion with its date, what to do
 * (its code and params), where (channels) and its sources. Pure: the date is an argument, nothing reads the
 * clock, and only deadlines the sources support are made — no lead time is invented.
 *
 * - 居民医保 集中参保期: its last day, only for a window the advice shows as current (warnings.ts windowFor:
 *   a dated window still running, or a yearly rule's window for the coverage year being bought).
 * - 医保办发〔2021〕43号 待遇衔接 ①②: a 职工医保 gap of up to 3 months is paid back with no waiting period; the
 *   last day the new enrolment can start for the gap to stay that short, while the start is not yet fixed.
 * - 43号 转移接续时限: 10 working days to transfer out and 5 to transfer in, from the application (made on
 *   the advice's date, or on the day the new enrolment starts if that is later); working days skip weekends
 *   only (public holidays are not modelled: lib/working-days.ts).
 * - A temporary 异地就医备案 is valid for at least 6 months (原则上不少于6个月): only when the day it was made
 *   is known. The answers do not hold that day yet, so today none is made.
 * - The statutory retirement month: the claim place handles the claim (国办发〔2009〕66号 第六条); with a
 *   城乡居民养老 record that moves into the employee scheme, 衔接 is applied for there before claiming
 *   (人社部发〔2014〕17号 第四条). How long before the month to apply is not in the sources: the date is the
 *   first day of the month itself.
 */
import { addMonths, daysInMonth, monthIndex, yearOf } from "../../lib/dates";
import { addWorkingDays } from "../../lib/working-days";
import type { Advice } from "../advise";
import type { Answers } from "../answers";
import type { DeadlineCodes } from "../codes/deadlines";
import { inForce } from "../dated";
import { GAP_RULES } from "../data/national/continuity";
import { FILING_VALIDITY } from "../data/national/filing-validity";
import { TRANSFER_PROCEDURE } from "../data/national/transfer-procedure";
import { findCity, findProvince } from "../data/regions";
import type { Citation, Conclusion } from "../types";
import type { Channel } from "./channels";
import { coveredUntil } from "./coverage";
import { buildProfile, type Profile } from "./profile";
import { previousEnrolment, targetOf } from "./target";

export type DeadlineCode = keyof DeadlineCodes;

/** One deadline: a conclusion (what to do, with its sources), its day, and where to do it. */
export type Deadline = Conclusion<DeadlineCode> & {
  /** The day to act by (or on), YYYY-MM-DD. */
  date: string;
  where: Channel[];
};

export interface DeadlineOptions {
  /** The date of the advice (YYYY-MM-DD): nothing before it is a deadline. */
  asOf: string;
  /** The day a temporary 异地就医备案 was made, when the person knows it. */
  filedOn?: string;
}

const HOTLINE_12393: Channel = { code: "hotline_12393", cites: [{ source: "hotline-12393" }] };
const HOTLINE_12333: Channel = { code: "hotline_12333", cites: [{ source: "gwy-client-pension-guide" }] };
const NATIONAL_APP: Channel = {
  code: "national_app",
  cites: [{ source: "ybbf-2021-43", clause: "转移接续时限（可在平台查询进度）" }],
};
const medicalOffice = (city: string, cite: Citation): Channel => ({
  code: "office",
  params: { city },
  cites: [cite],
});

const lastDayOf = (yearMonth: string) =>
  `${yearMonth}-${String(daysInMonth(yearOf(yearMonth), Number(yearMonth.slice(5, 7)))).padStart(2, "0")}`;
const later = (a: string, b: string) => (a > b ? a : b);
/** A day, or the first day of a month (YYYY-MM). */
const firstDay = (d: string) => (d.length === 7 ? `${d}-01` : d);
const shortCity = (code: string) => findCity(code)?.short ?? code;

/** The last day of the 集中参保期 the enrolment-window warning shows as current (or of its extension). */
function windowEnds(advice: Advice, asOf: string): Deadline | undefined {
  const warning = advice.warnings.find((w) => w.code === "warning.enrolment_window");
  const window = warning?.code === "warning.enrolment_window" ? warning.params?.window : undefined;
  if (!warning || !window || window.past) return undefined;
  const date = window.to >= asOf ? window.to : window.extensionTo;
  if (!date || date < asOf) return undefined;
  const office = findCity(advice.place.city);
  return {
    code: "deadline.enrolment_window_ends",
    params: {
      date,
      city: window.city,
      coverageYear: window.coverageYear,
      from: window.from,
      ...(window.extensionTo ? { extensionTo: window.extensionTo } : {}),
    },
    cites: warning.cites,
    date,
    where: [
      ...(office
        ? [{ code: "office", params: { city: office.short }, cites: warning.cites } as Channel]
        : []),
      HOTLINE_12393,
    ],
  };
}

/**
 * 43号 ① (职工医保 to 职工医保) and ② (from 居民医保 after 2 continuous years): a gap of up to 3 months is paid
 * back with no waiting period. While the new start is not fixed, the last day it can start for the gap after
 * the last day covered to stay within 3 months.
 */
function backpay(p: Profile, advice: Advice): Deadline | undefined {
  const rule = inForce(GAP_RULES, p.asOf);
  const target = targetOf(p, advice.medical.recommended);
  if (!rule || !target || target.scheme !== "staff" || p.startGiven) return undefined;
  const prev = previousEnrolment(p, target);
  const end = prev && coveredUntil(prev);
  if (!prev || !end || end >= p.asOf) return undefined;
  const cont = advice.medical.transfer?.continuity ?? advice.medical.continuity;
  const crossScheme = prev.scheme !== target.scheme;
  const twoYears = rule.value.crossSchemeMinMonths;
  if (crossScheme && (twoYears === undefined || (cont?.continuousMonths ?? 0) < twoYears)) return undefined;
  const max = rule.value.maxGapWithoutWaiting;
  // gapMonths(end, start) ≤ max ⇔ the start falls in the month max + 1 after the month of `end`, or before.
  const date = lastDayOf(addMonths(end.slice(0, 7), max + 1));
  if (date < p.asOf) return undefined;
  const city = shortCity(target.city);
  return {
    code: "deadline.backpay_no_waiting",
    params: {
      date,
      lastCovered: end,
      max,
      city,
      ...(rule.value.maxWaitingMonths !== undefined ? { maxWaiting: rule.value.maxWaitingMonths } : {}),
    },
    cites: [rule.cite, { source: "rsbf-2015-80", clause: "三、妥善处理医保关系转移接续中的有关权益" }],
    date,
    where: [
      ...(p.answers.work === "employee"
        ? [
            {
              code: "employer_hr",
              cites: [{ source: "nhsa-2025-workers-rights", clause: "应随单位参加职工医保" }],
            } as Channel,
          ]
        : [medicalOffice(city, rule.cite)]),
      HOTLINE_12393,
    ],
  };
}

/** 43号 转移接续时限, counted from an application on the advice's date or the new start, whichever is later. */
function transferFollowUp(p: Profile, advice: Advice): Deadline | undefined {
  const t = advice.medical.transfer;
  const procedure = inForce(TRANSFER_PROCEDURE, p.asOf);
  if (!t || !procedure || (t.kind !== "required" && t.kind !== "optional")) return undefined;
  const start = p.answers.plannedStart;
  const appliedOn = later(p.asOf, start ? firstDay(start) : p.asOf);
  const v = procedure.value;
  const date = addWorkingDays(appliedOn, (v.letterWorkingDays ?? 0) + v.outWorkingDays + v.inWorkingDays);
  const newCity = shortCity(t.to.city);
  return {
    code: "deadline.transfer_follow_up",
    params: {
      date,
      appliedOn,
      outDays: v.outWorkingDays,
      inDays: v.inWorkingDays,
      ...(v.letterWorkingDays !== undefined ? { letterDays: v.letterWorkingDays } : {}),
      oldCity: shortCity(t.from.city),
      newCity,
      may: t.kind === "optional",
    },
    cites: [procedure.cite],
    date,
    where: [...(v.online ? [NATIONAL_APP] : []), medicalOffice(newCity, procedure.cite), HOTLINE_12393],
  };
}

/** A temporary filing is valid for at least N months (原则上不少于): the first day it may have ended. */
function filingCheck(p: Profile, advice: Advice, filedOn: string | undefined): Deadline | undefined {
  const t = advice.treatment;
  const validity = inForce(FILING_VALIDITY, p.asOf);
  if (!filedOn || t?.filing !== "temporary" || !validity) return undefined;
  const months = validity.value.temporaryMinMonths;
  const month = addMonths(filedOn.slice(0, 7), months);
  const day = Math.min(Number(filedOn.slice(8, 10)), daysInMonth(yearOf(month), Number(month.slice(5, 7))));
  const date = `${month}-${String(day).padStart(2, "0")}`;
  if (date < p.asOf) return undefined;
  const insured = t.insuredCity ? shortCity(t.insuredCity) : undefined;
  return {
    code: "deadline.filing_temporary_check",
    params: { date, filedOn, months, ...(insured ? { insured } : {}) },
    cites: [validity.cite],
    date,
    where: [
      { code: "national_app", cites: [{ source: "care-away-channels-guide" }] },
      ...(insured ? [medicalOffice(insured, { source: "care-away-channels-guide" })] : []),
      HOTLINE_12393,
    ],
  };
}

/** The statutory retirement month: apply for the pension at the claim place (and 衔接 first, when it applies). */
function pensionClaim(p: Profile, advice: Advice): Deadline | undefined {
  const pension = advice.pension;
  const r = pension?.retirement;
  const claim = pension?.claimAfterTransfer ?? pension?.claim;
  if (!pension || !r || !claim || pension.retired || monthIndex(r.month) <= monthIndex(p.asOf))
    return undefined;
  const place = findProvince(claim.province)?.short ?? claim.province;
  const linkage = pension.linkage?.direction === "into_staff";
  const date = `${r.month}-01`;
  return {
    code: "deadline.pension_claim",
    params: { date, month: r.month, claim: place, linkage },
    cites: [
      ...r.cites,
      ...claim.conclusion.cites,
      ...(linkage
        ? [{ source: "rsbf-2014-17", clause: "第四条（在申请领取养老保险待遇前，向待遇领取地社保机构申请）" }]
        : []),
    ],
    date,
    where: [
      {
        code: "office",
        params: { city: place, for: "pension" },
        cites: [claim.conclusion.cites[0] ?? { source: "gbf-2009-66" }],
      },
      HOTLINE_12333,
    ],
  };
}

/** Every deadline of an advice from `asOf` on, soonest first. */
export function deadlinesOf(
  answers: Answers,
  advice: Advice,
  { asOf, filedOn }: DeadlineOptions,
): Deadline[] {
  const p = buildProfile(answers, asOf);
  return [
    windowEnds(advice, asOf),
    backpay(p, advice),
    transferFollowUp(p, advice),
    filingCheck(p, advice, filedOn),
    pensionClaim(p, advice),
  ]
    .filter((d): d is Deadline => d !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
