import type { Citation } from "../../types";

/**
 * The period a figure belongs to, as its source states it: always a year; a first day (inclusive) and an end
 * (exclusive) only where the source gives them.
 */
export interface StatedPeriod {
  year: number;
  from?: string;
  until?: string;
}

/** Monthly limits on the individual 职工养老 contribution base, which 灵活就业人员 choose between. */
export interface ContributionLimits {
  period: StatedPeriod;
  lowerYuan: number;
  /** Absent where the source read gives only the lower limit. */
  upperYuan?: number;
  /** A higher lower limit for named cities (广东 2025: 广州 and 省直 5,510), each with its own source. */
  lowerForCities?: readonly { cities: readonly string[]; yuan: number; cite: Citation }[];
  /** The average wage behind the limits, yuan a month, only where the source states it. */
  averageYuan?: number;
  cite: Citation;
}

/** 基本养老金计发基数: the "当地上年度在岗职工月平均工资" of the 38号 formula, as the province publishes it. */
export interface PensionBase {
  period: StatedPeriod;
  yuan: number;
  /** The figure is worked out from a published one (浙江: 101,194 yuan a year ÷ 12), not published as such. */
  derivedFrom?: string;
  /** Cities that publish their own (广东: 深圳); the province figure is not used for them. */
  notForCities?: readonly string[];
  cite: Citation;
}

/** The base a 灵活就业人员's 职工医保 premium is computed on, where a provincial notice fixes it. */
export interface FlexibleMedicalBase {
  period: StatedPeriod;
  yuan: number;
  cite: Citation;
}

/** What the sources give for one place: a province (xx0000) or a city that publishes its own. */
export interface PlaceBases {
  code: string;
  limits: readonly ContributionLimits[];
  pensionBase: readonly PensionBase[];
  flexibleMedicalBase?: readonly FlexibleMedicalBase[];
}
