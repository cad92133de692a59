import type { Conclusion } from "../types";
import { retiredStaffMember, type MedicalOption, type MedicalOptionCode } from "./medical-options";
import type { Profile } from "./profile";

export interface Recommendation {
  code: MedicalOptionCode | "keep_current";
  /** The person is already enrolled in what is recommended: nothing new to join. */
  keepCurrent: boolean;
  because: Conclusion[];
  /** A preferable option whose local rule is not confirmed (or that needs a 居住证 first): ask or act first. */
  better?: { code: MedicalOptionCode; status: MedicalOption["status"] };
}

const FILING_MAKES_IT_USABLE = [
  { source: "ybf-2022-22", clause: "异地长期居住人员备案" },
  { source: "cross-province-filing-guides", clause: "备案人员范围" },
];

const PREFERENCE: Record<string, readonly MedicalOptionCode[]> = {
  worker: ["staff_flexible", "resident_local", "resident_hukou"],
  resident: ["resident_local", "resident_hukou"],
};

const REASONS: Record<MedicalOptionCode, Conclusion> = {
  staff_employer: {
    code: "rec.staff_employer",
    cites: [{ source: "nhsa-2025-workers-rights", clause: "应随单位参加职工医保，由单位和个人共同缴费" }],
  },
  staff_flexible: {
    code: "rec.staff_flexible_encouraged",
    cites: [{ source: "nhsa-2025-workers-rights", clause: "鼓励其在就业地参加职工医保" }],
  },
  resident_local: {
    code: "rec.resident_local_lives_here",
    cites: [
      { source: "gwjcf-2016-23", clause: "第十条" },
      { source: "ybf-2022-22", clause: "异地长期居住人员备案" },
    ],
  },
  resident_hukou: {
    code: "rec.resident_hukou_open_now",
    cites: [{ source: "rsbf-2015-80", clause: "一、做好进城落户农民参保工作" }],
  },
};

export function recommend(p: Profile, options: readonly MedicalOption[]): Recommendation {
  if (retiredStaffMember(p)) {
    return {
      code: "keep_current",
      keepCurrent: true,
      because: [
        {
          code: "rec.retired_keeps_staff",
          cites: [{ source: "ybbf-2021-43", clause: "第二条（不含退休人员）" }],
        },
      ],
    };
  }
  const employer = options.find((o) => o.code === "staff_employer");
  if (employer)
    return { code: "staff_employer", keepCurrent: employer.current, because: [REASONS.staff_employer] };

  const order = options.some((o) => o.code === "staff_flexible") ? PREFERENCE.worker : PREFERENCE.resident;
  const byCode = new Map(options.map((o) => [o.code, o]));
  let better: Recommendation["better"];
  for (const code of order ?? []) {
    const option = byCode.get(code);
    if (!option || option.sameAs) continue;
    if (option.status === "open") {
      const because: Conclusion[] = [REASONS[code]];
      if (option.current) {
        because.push({ code: "rec.already_enrolled", cites: REASONS[code].cites });
      }
      if (code === "resident_hukou" && !p.isLocal) {
        because.push({
          code: "rec.resident_hukou_needs_filing",
          params: { city: p.city.short, hukou: p.hukouCity.short },
          cites: FILING_MAKES_IT_USABLE,
        });
      }
      return { code, keepCurrent: option.current, because, ...(better ? { better } : {}) };
    }
    if (!better && option.status !== "closed") better = { code, status: option.status };
  }
  // resident_hukou is always open, so this is reached only if the options list is empty.
  return { code: "resident_hukou", keepCurrent: false, because: [REASONS.resident_hukou] };
}
