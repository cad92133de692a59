/**
 * The deadlines of an advice (rules/deadlines.ts) and their parameters: each one a day to act by or on,
 * what to do, and where. Dates are YYYY-MM-DD, months YYYY-MM; places are short names (合肥, 江苏).
 */
export interface DeadlineCodes {
  /** The last day of a 居民医保 集中参保期 the advice shows as current (rules/warnings.ts windowFor). */
  "deadline.enrolment_window_ends": {
    date: string;
    city: string;
    coverageYear: number;
    from: string;
    /** The last day of an extension period (福建: to the end of February), when there is one. */
    extensionTo?: string;
  };
  /**
   * 医保办发〔2021〕43号 待遇衔接 ①②: a 职工医保 gap of at most `max` months can be paid back with no waiting
   * period. `date` is the last day a new enrolment can start for the gap after `lastCovered` to stay that short.
   */
  "deadline.backpay_no_waiting": {
    date: string;
    lastCovered: string;
    max: number;
    city: string;
    /** 43号 ③: the longest waiting period a place may set after a longer gap, when the rule states it. */
    maxWaiting?: number;
  };
  /**
   * 43号 转移接续时限: transfer-out within `outDays`, transfer-in within `inDays` working days (and a letter
   * within `letterDays` under the older procedure), counted from an application made on `appliedOn`.
   */
  "deadline.transfer_follow_up": {
    date: string;
    appliedOn: string;
    outDays: number;
    inDays: number;
    letterDays?: number;
    oldCity: string;
    newCity: string;
    /** The transfer may be applied for (between schemes), rather than must. */
    may: boolean;
  };
  /** A temporary 异地就医备案 made on `filedOn` is valid for at least `months` months (原则上不少于). */
  "deadline.filing_temporary_check": { date: string; filedOn: string; months: number; insured?: string };
  /**
   * The statutory retirement month (延迟退休办法). The claim place (66号 第六条) handles the claim; with
   * `linkage`, the 城乡养老衔接 is applied for there before claiming (人社部发〔2014〕17号 第四条).
   */
  "deadline.pension_claim": { date: string; month: string; claim: string; linkage: boolean };
}
