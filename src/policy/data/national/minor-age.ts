/**
 * Children's rules on 居民医保 speak of children "18周岁以下" (上海 实施细则; 南京 2023): below this age the
 * place's rules for children apply rather than those for adults. No national text fixes it for every place.
 */
export const MINOR_AGE = {
  years: 18,
  cites: [
    { source: "shanghai-resident-rules", clause: "18周岁以下子女" },
    { source: "nanjing-resident-2023", clause: "18周岁以下未成年子女" },
  ],
  checked: "2026-11-30",
} as const;
