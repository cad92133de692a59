import type { LocalPolicy } from "./types";
import { ANHUI } from "./anhui";
import { BEIJING } from "./beijing";
import { CHANGSHA } from "./changsha";
import { CHANGZHOU } from "./changzhou";
import { CHENGDU } from "./chengdu";
import { CHONGQING } from "./chongqing";
import { DONGGUAN } from "./dongguan";
import { FUJIAN } from "./fujian";
import { FUZHOU } from "./fuzhou";
import { GUANGDONG } from "./guangdong";
import { GUANGXI } from "./guangxi";
import { GUANGZHOU } from "./guangzhou";
import { HANGZHOU } from "./hangzhou";
import { HEBEI } from "./hebei";
import { HEFEI } from "./hefei";
import { HOHHOT } from "./hohhot";
import { HUNAN } from "./hunan";
import { NANJING } from "./nanjing";
import { NANNING } from "./nanning";
import { QINGDAO } from "./qingdao";
import { SHAANXI } from "./shaanxi";
import { SHANGHAI } from "./shanghai";
import { SHENZHEN } from "./shenzhen";
import { SHIJIAZHUANG } from "./shijiazhuang";
import { SUZHOU } from "./suzhou";
import { TIANJIN } from "./tianjin";
import { WUHAN } from "./wuhan";
import { WUXI } from "./wuxi";
import { XIAN } from "./xian";
import { ZHENGZHOU } from "./zhengzhou";
import { ZHUHAI } from "./zhuhai";

/** Every place the sources say something about, keyed by adcode (a city, or a province as xx0000). */
export const LOCAL_POLICIES: ReadonlyMap<string, LocalPolicy> = new Map(
  [
    ANHUI,
    BEIJING,
    CHANGSHA,
    CHANGZHOU,
    CHENGDU,
    CHONGQING,
    DONGGUAN,
    FUJIAN,
    FUZHOU,
    GUANGDONG,
    GUANGXI,
    GUANGZHOU,
    HANGZHOU,
    HEBEI,
    HEFEI,
    HOHHOT,
    HUNAN,
    NANJING,
    NANNING,
    QINGDAO,
    SHAANXI,
    SHANGHAI,
    SHENZHEN,
    SHIJIAZHUANG,
    SUZHOU,
    TIANJIN,
    WUHAN,
    WUXI,
    XIAN,
    ZHENGZHOU,
    ZHUHAI,
  ].map((p) => [p.code, p]),
);
