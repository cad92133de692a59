/**
 * The 居民医保 集中参保期 is set by each province; no national text fixes it (facts.md Addendum B §13.3).
 * Where nothing local is known the advice says "通常为上一年9月至12月，以当地公布为准": from this month on,
 * someone enrolling is usually paying for next year's cover (福建 闽政办〔2025〕3号: 9月1日至12月31日).
 */
export const USUAL_ENROLMENT_PERIOD = {
  fromMonth: 9,
  toMonth: 12,
  cites: [{ source: "fujian-2025-3", clause: "集中参保期为每年9月1日至12月31日" }],
  checked: "2026-11-30",
} as const;
