/**
 * Words of the three pictures of the result (src/components/pictures): the insurance timeline, where the
 * pension will be claimed, and the way to retirement. Dates are shown the Chinese way (2026年6月).
 */
import { formatChineseDate } from "../../lib/dates";

const d = formatChineseDate;

/** 12 → "12年", 12.5 → "12.5年", 0 → "0年". */
export function yearsText(years: number): string {
  return `${Number(years.toFixed(2))}年`;
}

/** 172 → "14年4个月", 24 → "2年", 5 → "5个月", 0 → "0个月". */
export function monthsText(months: number): string {
  const whole = Math.max(0, Math.round(months));
  const y = Math.floor(whole / 12);
  const m = whole % 12;
  if (y === 0) return `${m}个月`;
  return m === 0 ? `${y}年` : `${y}年${m}个月`;
}

/** Shared by every picture. */
export const PICTURE_UI = {
  showText: "用文字看这张图",
  hideText: "收起文字",
  textList: "这张图说的是",
} as const;

/** A picture read aloud: its title, its facts, then its caption, each one sentence. */
export function pictureSpeech(title: string, facts: readonly string[], caption?: string): string {
  const end = (s: string) => (/[。？！]$/.test(s) ? s : `${s}。`);
  return [title, ...facts, ...(caption ? [caption] : [])].map(end).join("");
}

export const MEDICAL_SCHEME_NAMES = { staff: "职工医保", resident: "居民医保" } as const;
export const PENSION_SCHEME_NAMES = { staff: "职工养老保险", resident: "城乡居民养老保险" } as const;

export const TIMELINE_TEXTS = {
  title: "你的参保经历",
  /** "职工医保 · 南京". */
  lane: (scheme: string, place: string) => `${scheme} · ${place}`,
  period: (from: string, to?: string) => (to ? `${d(from)}到${d(to)}` : `${d(from)}起，现在还在交`),
  periods: (periods: readonly string[]) => periods.join("；"),
  /** "职工医保 · 南京：2017年7月到2026年5月". */
  laneFact: (label: string, periods: readonly string[]) => `${label}：${periods.join("；")}`,
  gapLane: "没有医保的月份",
  gap: (from: string, to: string, label: string) =>
    from === to ? `${d(from)}：${label}` : `${d(from)}到${d(to)}：${label}`,
  axisEnd: (now: string) => `现在（${d(now)}）`,
  empty: "没有填参保经历，所以画不出来。",
  // What a gap costs: a short label beside the gap (the same rules as the 断保 conclusions, 人社部发〔2015〕80号 三,
  // 医保办发〔2021〕43号; the result page cites them there).
  gapPlain: (months: number) => `断保${monthsText(months)}`,
  gapBackpay: (months: number) => `断保${monthsText(months)}：补交这${months}个月，没有等待期`,
  gapWaiting: (months: number) => `断保${monthsText(months)}：可能有等待期`,
  gapWaitingLost: (months: number) => `断保${monthsText(months)}：可能有等待期，连续参保也断了`,
  ifStartsNow: (label: string) => `如果现在参保，${label}`,
} as const;

export const CLAIM_TEXTS = {
  title: "将来在哪里领养老金",
  /** "浙江：交了11年（户口所在地）；临时缴费账户…。照现在的记录，在这里领". */
  row: (province: string, years: number, tags: readonly string[], extra?: string, claim?: string) =>
    `${province}：交了${yearsText(years)}` +
    (tags.length > 0 ? `（${tags.join("，")}）` : "") +
    (extra ? `；${extra}` : "") +
    (claim ? `。${claim}` : ""),
  extra: (years: number) => `临时缴费账户${yearsText(years)}，不算这里的年限`,
  /** 国办发〔2009〕66号 第六条（二）（三）（四）: 累计缴费年限满10年. */
  threshold: (min: number) => `满${min}年的线（国办发〔2009〕66号 第六条）`,
  claimHere: "照现在的记录，在这里领",
  hukou: "户口所在地",
  relation: "养老保险关系现在在这里",
  /** 第六条（二）: the relation place becomes the claim place once it holds 10 years. */
  moveToRelation: (relation: string, min: number, missing: number) =>
    `如果在${relation}累计交满${min}年（还差${yearsText(missing)}），就改在${relation}领（第六条（二））。`,
  moveElsewhere: (min: number) =>
    `以后把养老保险关系转到别的省，要在那里累计交满${min}年，才会改在那里领（第六条（二））。`,
} as const;

export const RETIREMENT_TEXTS = {
  title: "离退休还有多久，交够了没有",
  paid: (years: number) => `职工养老保险已经交了${yearsText(years)}`,
  remaining: (month: string, months: number) =>
    `从现在到退休年龄（${d(month)}）还有${monthsText(months)}，一直交下去就接在后面`,
  reached: (month: string) => `${d(month)}已到退休年龄`,
  minimum: (years: number) => `按月领养老金，至少要交满${yearsText(years)}`,
  done: (years: number) => `已经交满${yearsText(years)}了。`,
  onTrack: (missing: number) => `再交${yearsText(missing)}就够，到退休年龄前来得及。`,
  short: (missingMonths: number) => `一直交到退休年龄，也还差${monthsText(missingMonths)}。`,
  shortNow: (missing: number) => `还差${yearsText(missing)}。`,
} as const;
