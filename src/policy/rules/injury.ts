import { inForce } from "../dated";
import { NATIONWIDE_PLAN, OCCUPATIONAL_INJURY_PILOT } from "../data/national/occupational-injury-pilot";
import type { Citation, Conclusion } from "../types";
import type { Channel } from "./channels";
import type { Profile } from "./profile";

/**
 * employer: 工伤保险 through the employer; by_project: per building project (人社部发〔2014〕103号);
 * platform_scheme: the 职业伤害保障 pilot covers orders on the listed platforms here on asOf;
 * unconfirmed: no source confirms cover for this person here on asOf.
 */
export type InjuryKind = "employer" | "by_project" | "platform_scheme" | "unconfirmed";

export interface InjuryAdvice {
  kind: InjuryKind;
  finding: Conclusion;
  /** What to do, in order. */
  steps: Conclusion[];
  channels: Channel[];
}

const RS103: Citation = { source: "rsbf-2014-103" };
/** The notice that started the pilot (from 2022-07-01): cited also on dates before it began. */
const PILOT_NOTICE: Citation = { source: "occupational-injury-pilot-2021" };
const HOWTO: Citation = { source: "occupational-injury-howto" };
const HOTLINE: Channel = {
  code: "hotline_12333",
  cites: [{ source: "gwy-client-pension-guide", clause: "咨询12333" }],
};
const ASK_12333: Conclusion = { code: "istep.ask_12333", cites: HOTLINE.cites };

function advice(kind: InjuryKind, finding: Conclusion, steps: Conclusion[]): InjuryAdvice {
  return { kind, finding, steps: [...steps, ASK_12333], channels: [HOTLINE] };
}

function platform(p: Profile): InjuryAdvice {
  const pilot = inForce(OCCUPATIONAL_INJURY_PILOT, p.asOf);
  const province = p.province.short;
  if (pilot?.value.provinces.includes(province)) {
    const platforms = pilot.value.platforms;
    return advice(
      "platform_scheme",
      {
        code: "injury.platform_scheme",
        params: { province, platforms, since: pilot.from },
        cites: [pilot.cite, HOWTO],
        because: [{ code: "injury.platform_pays", cites: [HOWTO] }],
      },
      [
        { code: "istep.claim_in_platform_app", cites: [HOWTO] },
        { code: "istep.other_platform_ask", cites: [pilot.cite] },
      ],
    );
  }
  // The nationwide roll-out planned in 人社部发〔2025〕24号 is UNVERIFIED: named, never read as cover, and
  // named only once 24号 (the document that states the plan) is the version in force.
  const planKnown = pilot?.cite.source === NATIONWIDE_PLAN.cite.source;
  const pilotCite = pilot?.cite ?? PILOT_NOTICE;
  return advice(
    "unconfirmed",
    {
      code: "injury.platform_not_in_pilot",
      params: { province, ...(planKnown ? { planYear: NATIONWIDE_PLAN.year } : {}) },
      cites: [pilotCite, ...(planKnown ? [NATIONWIDE_PLAN.cite] : [])],
    },
    [{ code: "istep.ask_platform", cites: [pilotCite] }],
  );
}

/**
 * Work-injury cover by kind of work (facts.md §8, §0.5). Never tells anyone to buy it themselves: employers
 * and building projects enrol workers, and under the pilot the platform pays.
 * employee: 103号 names enrolment 按用人单位 as the normal way; facts.md holds no general national text on the
 * employer's duty, so 103号 is cited for the mode only. Nothing for people not working.
 */
export function injuryAdvice(p: Profile): InjuryAdvice | undefined {
  switch (p.answers.work) {
    case "employee":
      return advice(
        "employer",
        {
          code: "injury.employer",
          cites: [{ ...RS103, clause: "按用人单位参加工伤保险" }],
          because: [{ code: "injury.not_bought_by_yourself", cites: [RS103] }],
        },
        [{ code: "istep.ask_employer", cites: [{ ...RS103, clause: "按用人单位参加工伤保险" }] }],
      );
    case "construction":
      return advice(
        "by_project",
        {
          code: "injury.by_project",
          cites: [
            { ...RS103, clause: "按项目参加工伤保险" },
            { source: "rstf-2017-53", clause: "先参保、再开工" },
          ],
          because: [{ code: "injury.not_bought_by_yourself", cites: [RS103] }],
        },
        [
          {
            code: "istep.ask_contractor",
            cites: [
              { ...RS103, clause: "按项目参加工伤保险" },
              { source: "rstf-2017-53", clause: "先参保、再开工" },
            ],
          },
        ],
      );
    case "platform":
      return platform(p);
    case "flexible":
      return advice("unconfirmed", { code: "injury.flexible_unconfirmed", cites: HOTLINE.cites }, []);
    default:
      return undefined;
  }
}
