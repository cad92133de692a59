import type { PlaceBases } from "./types";

/**
 * 2025 limits "seen on the way" (facts.md Addendum C §6, last list): one figure pair each, the period given
 * only as the year; 计发基数 only for 云南. 福建: the lower limit only.
 */
const only2025 = (code: string, lowerYuan: number, upperYuan: number | undefined, source: string) => ({
  code,
  limits: [{ period: { year: 2025 }, lowerYuan, ...(upperYuan ? { upperYuan } : {}), cite: { source } }],
  pensionBase: [],
});

export const CHONGQING: PlaceBases = only2025("500000", 4404, 22017, "chongqing-2025-bases");
export const SHANXI: PlaceBases = only2025("140000", 4198, 20991, "shanxi-2025-35");
export const SHAANXI: PlaceBases = only2025("610000", 4650, 23250, "shaanxi-2025-bases");
export const GUANGXI: PlaceBases = only2025("450000", 4143, 20715, "guangxi-2025-bases");
export const NEIMENGGU: PlaceBases = only2025("150000", 4907, 24537, "neimenggu-2025-160");
export const JILIN: PlaceBases = only2025("220000", 4393.2, 21966, "jilin-2025-97");

export const YUNNAN: PlaceBases = {
  ...only2025("530000", 4357, 21789, "yunnan-2025-bases"),
  pensionBase: [{ period: { year: 2025 }, yuan: 8265, cite: { source: "yunnan-2025-bases" } }],
};

/** 福建: "enterprise lower limit 4,043 from 2025-01-01" (闽人社文〔2024〕128号); no upper limit read. */
export const FUJIAN: PlaceBases = {
  code: "350000",
  limits: [
    { period: { year: 2025, from: "2025-01-01" }, lowerYuan: 4043, cite: { source: "fujian-2024-128" } },
  ],
  pensionBase: [],
};
