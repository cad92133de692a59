import type { PlaceBases } from "./types";

const NOTICE = { source: "guangdong-2025-32" };

/**
 * 广东 (facts.md Addendum C §6), 粤人社发〔2025〕32号 as forwarded by 东莞: "自2025年7月1日起，企业职工基本养老
 * 保险缴费基数上限为27549元/月，下限为4775元/月 … 2025年1月1日至12月31日…基本养老金计发基数为9493元/月。"
 * 广州 and 省直 have a higher lower limit, 5,510 (i深圳, news). 深圳 publishes its own 计发基数. The limits in
 * force before 2025-07-01 were not found.
 */
export const GUANGDONG: PlaceBases = {
  code: "440000",
  limits: [
    {
      period: { year: 2025, from: "2025-07-01" },
      lowerYuan: 4775,
      upperYuan: 27549,
      lowerForCities: [{ cities: ["440100"], yuan: 5510, cite: { source: "isz-2025-bases" } }],
      cite: NOTICE,
    },
  ],
  pensionBase: [
    {
      period: { year: 2025, from: "2025-01-01", until: "2026-01-01" },
      yuan: 9493,
      notForCities: ["440300"],
      cite: NOTICE,
    },
  ],
};
