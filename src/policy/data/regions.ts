import { CITY_ROWS, PROVINCE_ROWS, REGIONS_DATASET } from "./regions.generated";

export { REGIONS_DATASET };

export interface Province {
  code: string;
  name: string;
  short: string;
}

export interface City {
  code: string;
  name: string;
  short: string;
  provinceCode: string;
  /** 北京, 天津, 上海, 重庆. */
  municipality: boolean;
}

const ETHNIC = [
  "土家族",
  "苗族",
  "藏族",
  "羌族",
  "彝族",
  "傣族",
  "景颇族",
  "傈僳族",
  "白族",
  "哈尼族",
  "壮族",
  "布依族",
  "侗族",
  "回族",
  "朝鲜族",
  "蒙古族",
  "黎族",
  "哈萨克",
  "柯尔克孜",
  "蒙古",
];

/** "广西壮族自治区" → "广西", "河南省" → "河南". */
export function provinceShortName(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, "");
}

/** "恩施土家族苗族自治州" → "恩施", "大兴安岭地区" → "大兴安岭", "杭州市" → "杭州". */
export function cityShortName(name: string, provinceShorts: ReadonlySet<string> = new Set()): string {
  let rest = name.replace(/(自治州|自治县|地区|林区|市|盟|县)$/, "");
  if (rest === name) return name;
  if (/(自治州|自治县)$/.test(name)) {
    let stripped = true;
    while (stripped) {
      stripped = false;
      for (const e of ETHNIC) {
        if (rest.endsWith(e) && rest.length > e.length) {
          rest = rest.slice(0, -e.length);
          stripped = true;
        }
      }
    }
    // 海南藏族自治州 would read "海南", the province's name: people say 海南州.
    if (provinceShorts.has(rest)) rest = `${rest}州`;
  }
  return rest;
}

const MUNICIPALITIES = new Set(["110000", "120000", "310000", "500000"]);

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map(([code, name]) => ({
  code,
  name,
  short: provinceShortName(name),
}));

const PROVINCE_SHORTS = new Set(PROVINCES.map((p) => p.short));

export const CITIES: readonly City[] = CITY_ROWS.map(([code, name]) => {
  const provinceCode = `${code.slice(0, 2)}0000`;
  return {
    code,
    name,
    short: cityShortName(name, PROVINCE_SHORTS),
    provinceCode,
    municipality: MUNICIPALITIES.has(provinceCode),
  };
});

const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const cityByCode = new Map(CITIES.map((c) => [c.code, c]));
const provinceByShort = new Map(PROVINCES.map((p) => [p.short, p]));
const cityByShort = new Map(CITIES.map((c) => [c.short, c]));

export function findProvince(code: string): Province | undefined {
  return provinceByCode.get(code);
}

export function findCity(code: string): City | undefined {
  return cityByCode.get(code);
}

/** Looks a province up by its short name (河南) or full name (河南省). */
export function provinceByName(name: string): Province | undefined {
  return provinceByShort.get(name) ?? PROVINCES.find((p) => p.name === name);
}

/** Looks a city up by its short name (杭州) or full name (杭州市). */
export function cityByName(name: string): City | undefined {
  return cityByShort.get(name) ?? CITIES.find((c) => c.name === name);
}

export function citiesOf(provinceCode: string): City[] {
  return CITIES.filter((c) => c.provinceCode === provinceCode);
}

export function provinceOfCity(cityCode: string): Province | undefined {
  const city = findCity(cityCode);
  return city && findProvince(city.provinceCode);
}
