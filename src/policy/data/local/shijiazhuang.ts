import type { LocalPolicy } from "./types";

const seed002 = { source: "news-2025-hukou-lifted", clause: "石家庄市医保局介绍" };

/** 石家庄 (seed 002; facts.md §5.2): no 户籍 limit since the urban and rural schemes were unified. */
export const SHIJIAZHUANG: LocalPolicy = {
  code: "130100",
  checked: "2026-11-30",
  flexibleStaff: [
    { value: "open", seen: "2025-01", cite: seed002, permit: "one_of_proofs", checked: "2026-11-30" },
  ],
  residentAdult: [
    { value: "open", seen: "2025-01", cite: seed002, permit: "required", checked: "2026-11-30" },
  ],
};
