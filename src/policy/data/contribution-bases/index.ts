import { ANHUI } from "./anhui";
import { GUANGDONG } from "./guangdong";
import { HENAN } from "./henan";
import { JIANGSU } from "./jiangsu";
import { CHONGQING, FUJIAN, GUANGXI, JILIN, NEIMENGGU, SHAANXI, SHANXI, YUNNAN } from "./other-provinces";
import { SHENZHEN } from "./shenzhen";
import { SICHUAN } from "./sichuan";
import type { PlaceBases } from "./types";
import { ZHEJIANG } from "./zhejiang";

/** 职工养老 contribution limits and 计发基数 by place (a province xx0000, or a city that publishes its own). */
export const CONTRIBUTION_BASES: ReadonlyMap<string, PlaceBases> = new Map(
  [
    JIANGSU,
    ZHEJIANG,
    GUANGDONG,
    SHENZHEN,
    HENAN,
    SICHUAN,
    ANHUI,
    CHONGQING,
    SHANXI,
    SHAANXI,
    GUANGXI,
    YUNNAN,
    NEIMENGGU,
    JILIN,
    FUJIAN,
  ].map((p) => [p.code, p]),
);
