import type { PlaceBases } from "./types";

/**
 * 深圳: from 2025-07-01 the lower limit 4,775 and upper 27,549 (i深圳, news; the same as the 广东 figures for
 * areas other than 广州). Its 计发基数 is published separately (粤人社发〔2025〕32号) and was not found.
 */
export const SHENZHEN: PlaceBases = {
  code: "440300",
  limits: [
    {
      period: { year: 2025, from: "2025-07-01" },
      lowerYuan: 4775,
      upperYuan: 27549,
      cite: { source: "isz-2025-bases" },
    },
  ],
  pensionBase: [],
};
