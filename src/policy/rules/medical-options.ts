import { LOCAL_POLICIES } from "../data/local";
import type { AccessRule } from "../data/local/types";
import type { Conclusion } from "../types";
import { resolveAccess, type AccessFinding } from "./city-access";
import type { Profile } from "./profile";

export const MEDICAL_OPTION_CODES = [
  "staff_employer",
  "staff_flexible",
  "resident_local",
  "resident_hukou",
] as const;
export type MedicalOptionCode = (typeof MEDICAL_OPTION_CODES)[number];

/**
 * open: can be joined now, with no further step (a scenario's medical.option token);
 * after_step: opens once the person has a 居住证 (or its 办理凭证);
 * conditional: a confirmed local rule opens it only to some people;
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

/** Applies the 居住证 requirement of a route to the person's permit state. */
function withPermit(
  p: Profile,
  access: AccessFinding,
  defaultPermit: AccessRule["permit"],
): { status: OptionStatus; because: Conclusion[] } {
  const because = [...access.because];
  const permit = access.rule?.permit ?? defaultPermit;
  const status: OptionStatus = access.status === "open" ? "open" : access.status;
  if (status === "closed" || permit === "not_required" || p.answers.residencePermit === "yes") {
    return { status, because };
  }
  if (permit === "one_of_proofs") {
    because.push({
      code: "permit.one_of_proofs",
      cites: access.rule ? [access.rule.cite] : RESIDENT_WITH_PERMIT.cites,
    });
    return { status, because };
  }
  const receipt =
    LOCAL_POLICIES.get(p.city.code)?.receiptAccepted ??
    LOCAL_POLICIES.get(p.city.provinceCode)?.receiptAccepted;
  if (p.answers.residencePermit === "applying") {
    if (receipt?.value) {
      because.push({
        code: "permit.receipt_accepted",
        params: { city: p.city.short },
        cites: [receipt.cite],
      });
      return { status, because };
    }
    because.push({
      code: "permit.receipt_unconfirmed",
      params: { city: p.city.short },
      cites: RESIDENT_WITH_PERMIT.cites,
    });
    return { status: status === "open" ? "unconfirmed" : status, because };
  }
  because.push({
    code: "permit.needed_first",
    params: { city: p.city.short },
    cites: access.rule ? [access.rule.cite] : RESIDENT_WITH_PERMIT.cites,
  });
  return { status: "after_step", because };
}

/** Children and pupils (or a parent answering for one): the place's rules for children apply. */
export function isChild(p: Profile): boolean {
  return p.answers.work === "student" || p.age < 18 || p.answers.livingWith === "parents";
}

/** A confirmed conditional rule whose condition the answers can decide. */
function evaluateCondition(p: Profile, access: AccessFinding): AccessFinding {
  if (access.status !== "conditional" || !access.rule) return access;
  if (access.rule.condition === "shenzhen_child_under_7" && p.age < 7) {
    return {
      ...access,
      status: "open",
      because: [...access.because, { code: "condition.met", cites: [access.rule.cite] }],
    };
  }
  if (access.rule.condition === "changzhou_prior_enrolment") {
    const met = p.medical.some((e) => e.city === p.city.code);
    return {
      ...access,
      status: met ? "open" : "closed",
      because: [
        ...access.because,
        { code: met ? "condition.met" : "condition.not_met", cites: [access.rule.cite] },
      ],
    };
  }
  return access;
}

function staffFlexible(p: Profile): MedicalOption {
  const current = isCurrent(p, "staff", p.city.code);
  if (p.isLocal) {
    return { code: "staff_flexible", status: "open", current, because: [FLEXIBLE_MAY_JOIN_STAFF] };
  }
  const access = evaluateCondition(p, resolveAccess("flexibleStaff", p.city, p.asOf));
  const { status, because } = withPermit(p, access, "one_of_proofs");
  return { code: "staff_flexible", status, current, because: [FLEXIBLE_MAY_JOIN_STAFF, ...because] };
}

function residentLocal(p: Profile): MedicalOption {
  const current = isCurrent(p, "resident", p.city.code);
  if (p.isLocal) return { code: "resident_local", status: "open", current, because: [LOCAL_RESIDENT] };
  const child = isChild(p);
  const access = evaluateCondition(
    p,
    resolveAccess(child ? "residentChild" : "residentAdult", p.city, p.asOf),
  );
  const { status, because } = withPermit(p, access, "required");
  const who: Conclusion[] = child
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

/** Retired members who are in 职工医保 stay there: the transfer rules exclude retirees (43号 第二条). */
export function retiredStaffMember(p: Profile): boolean {
  return p.answers.work === "retired" && p.medical.some((e) => e.scheme === "staff");
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
