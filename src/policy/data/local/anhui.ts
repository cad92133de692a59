import type { LocalPolicy } from "./types";

/** 安徽 (facts.md §1.1: 皖事通 → 安徽医保公共服务 → 医保关系转移). */
export const ANHUI: LocalPolicy = {
  code: "340000",
  checked: "2026-11-30",
  channels: [
    {
      code: "local_app",
      name: "“皖事通”App（安徽医保公共服务—医保关系转移）",
      for: ["transfer"],
      cite: { source: "anhui-shouxian-transfer" },
    },
  ],
};
