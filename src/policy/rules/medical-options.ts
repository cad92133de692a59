import type { MedicalOptionCode } from "../codes/shared";
import { LOCAL_POLICIES } from "../data/local";
import type { AccessRule } from "../data/local/types";
import type { Conclusion } from "../types";
import { resolveAccess, type AccessFinding } from "./city-access";
import type { Profile } from "./profile";

export type { MedicalOptionCode };
export const MEDICAL_OPTION_CODES: readonly MedicalOptionCode[] = [
  "staff_employer",
  "staff_flexible",
  "resident_local",
  "resident_hukou",
];

/**
 * open: can be joined now, with no further step (a scenario's medical.option token);
 * after_step: open to this person once they hold a 居住证 (or its 办理凭证) — only where a source says
 *   the route is open to 居住证 holders;
 * conditional: a local rule opens it only to some people, and the answers cannot tell whether this person
 *   is one of them: a condition to check;
 * unconfirmed: the sources do not confirm the place's current rule;
 * closed: a current source says it is not open to this person.
 */
export type OptionStatus = "open" | "after_step" | "conditional" | "unconfirmed" | "closed";

export interface MedicalOption {
  code: MedicalOptionCode;
  status: OptionStatus;
  /** The person is already enrolled in exactly this (same scheme, same place) on the start day. */
  current: boolean;
  /** For a local person, 居民医保 where they live and at the hukou place are one and the same. */
  sameAs?: MedicalOptionCode;
  because: Conclusion[];
}

const FLEXIBLE_WORK = new Set(["flexible", "platform", "construction"]);

const EMPLOYEE_MUST_JOIN: Conclusion = {
  code: "opt.employee_must_join_staff",
  cites: [
    { source: "nhsa-2025-workers-rights", clause: "与用人单位有稳定劳动关系的，应随单位参加职工医保" },
    { source: "rsbf-2015-80", clause: "一、做好进城落户农民参保工作" },
  ],
};

const FLEXIBLE_MAY_JOIN_STAFF: Conclusion = {
  code: "opt.flexible_may_join_staff",
  cites: [
    { source: "social-insurance-law", clause: "第二十三条" },
    { source: "nhsa-2025-workers-rights", clause: "其他劳动者可以灵活就业人员身份参加职工医保" },
  ],
};

const RESIDENT_AT_HUKOU: Conclusion = {
  code: "opt.resident_at_hukou",
  cites: [
    { source: "rsbf-2015-80", clause: "一、做好进城落户农民参保工作" },
    { source: "nhsa-2025-workers-rights", clause: "也可参加城乡居民基本医疗保险" },
  ],
};

const RESIDENT_WITH_PERMIT: Conclusion = {
  code: "opt.resident_with_permit",
  cites: [
    { source: "gwjcf-2016-23", clause: "第十条" },
    { source: "nhsa-2025-workers-rights", clause: "落实持居住证参加基本医疗保险" },
  ],
};

const CHILD_WHERE_THEY_LIVE: Conclusion = {
  code: "opt.child_where_they_live",
  cites: [
    { source: "gbf-2024-38", clause: "推动外地户籍中小学生、学龄前儿童在常住地参加居民医保" },
    { source: "nhsa-children-2024" },
  ],
};

const ELDERLY_WITH_CHILDREN: Conclusion = {
  code: "opt.elderly_with_children",
  cites: [{ source: "gwjcf-2016-23", clause: "第十条（投靠子女的老年人）" }],
};

const LOCAL_RESIDENT: Conclusion = {
  code: "opt.local_resident",
  cites: [{ source: "rsbf-2015-80", clause: "一、做好进城落户农民参保工作" }],
};

function isCurrent(p: Profile, scheme: "staff" | "resident", cityCode: string): boolean {
  return p.ongoing.some((e) => e.scheme === scheme && e.city === cityCode);
}

/**
 * Applies the 居住证 requirement of a route to the person's permit. Only a route that is open here to
 * 居住证 holders becomes "after_step" (get the permit, then join); a route that is conditional or
 * unconfirmed stays so — a permit is needed as well, but does not by itself open it.
 */
function withPermit(
  p: Profile,
  access: AccessFinding,
  defaultPermit: NonNullable<AccessRule["permit"]>,
): { status: OptionStatus; because: Conclusion[] } {
  const because = [...access.because];
  const status: OptionStatus = access.status;
  const permit = access.rule?.permit ?? defaultPermit;
  if (status === "closed" || permit === "not_required" || p.permit === "yes") return { status, because };
  const cites = access.rule ? [access.rule.cite] : RESIDENT_WITH_PERMIT.cites;
  if (permit === "one_of_proofs") {
    because.push({ code: "permit.one_of_proofs", cites });
    return { status, because };
  }
  const city = { city: p.city.short };
  const receipt =
    LOCAL_POLICIES.get(p.city.code)?.receiptAccepted ??
    LOCAL_POLICIES.get(p.city.provinceCode)?.receiptAccepted;
  if (p.permit === "applying" && receipt?.value) {
    because.push({ code: "permit.receipt_accepted", params: city, cites: [receipt.cite] });
    return { status, because };
  }
  if (status !== "open") {
    because.push({ code: "permit.also_needed", params: city, cites });
    return { status, because };
  }
  because.push({
    code: p.permit === "applying" ? "permit.receipt_unconfirmed" : "permit.needed_first",
    params: city,
    cites,
  });
  return { status: "after_step", because };
}

function staffFlexible(p: Profile): MedicalOption {
  const current = isCurrent(p, "staff", p.city.code);
  if (p.isLocal) {
    return { code: "staff_flexible", status: "open", current, because: [FLEXIBLE_MAY_JOIN_STAFF] };
  }
  const { status, because } = withPermit(p, resolveAccess("flexibleStaff", p), "one_of_proofs");
  return { code: "staff_flexible", status, current, because: [FLEXIBLE_MAY_JOIN_STAFF, ...because] };
}

function residentLocal(p: Profile): MedicalOption {
  const current = isCurrent(p, "resident", p.city.code);
  if (p.isLocal) return { code: "resident_local", status: "open", current, because: [LOCAL_RESIDENT] };
  const access = resolveAccess(p.child ? "residentChild" : "residentAdult", p);
  const { status, because } = withPermit(p, access, "required");
  const who: Conclusion[] = p.child
    ? [CHILD_WHERE_THEY_LIVE]
    : p.answers.livingWith === "children"
      ? [ELDERLY_WITH_CHILDREN]
      : [];
  return { code: "resident_local", status, current, because: [RESIDENT_WITH_PERMIT, ...who, ...because] };
}

function residentHukou(p: Profile): MedicalOption {
  const current = isCurrent(p, "resident", p.hukouCity.code);
  return {
    code: "resident_hukou",
    status: "open",
    current,
    because: [RESIDENT_AT_HUKOU],
    ...(p.isLocal ? { sameAs: "resident_local" as const } : {}),
  };
}

/**
 * A retiree who is in 职工医保 now stays there: the transfer rules exclude retirees (43号 第二条), and two
 * schemes at once are not allowed (191号 第二条). A retiree whose 职工医保 lies in the past is not one.
 */
export function retiredStaffMember(p: Profile): boolean {
  return p.answers.work === "retired" && p.ongoing.some((e) => e.scheme === "staff");
}

/** Which schemes this person can join where they live now, each with why. */
export function medicalOptions(p: Profile): MedicalOption[] {
  const work = p.answers.work;
  if (work === "employee") {
    return [
      {
        code: "staff_employer",
        status: "open",
        current: isCurrent(p, "staff", p.city.code),
        because: [EMPLOYEE_MUST_JOIN],
      },
    ];
  }
  if (retiredStaffMember(p)) return [];
  if (FLEXIBLE_WORK.has(work)) return [staffFlexible(p), residentLocal(p), residentHukou(p)];
  return [residentLocal(p), residentHukou(p)];
}
