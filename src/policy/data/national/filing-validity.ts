import type { Dated } from "../../types";

/** How long a 跨省异地就医备案 lasts (facts.md §6). */
export interface FilingValidity {
  /** 异地长期居住人员: valid until changed (长期有效). */
  longTerm: "indefinite";
  /** 临时外出就医人员: 原则上不少于6个月. */
  temporaryMinMonths: number;
}

/** Read in local guides (清远, 湘潭) [secondary]; 医保发〔2022〕22号 itself was read only in its opening. */
export const FILING_VALIDITY: readonly Dated<FilingValidity>[] = [
  {
    from: "2022",
    value: { longTerm: "indefinite", temporaryMinMonths: 6 },
    cite: { source: "cross-province-filing-guides", clause: "备案有效期" },
    checked: "2026-11-30",
  },
];
