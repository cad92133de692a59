/**
 * The one entry point of the rules: advise(answers, { asOf }) → Advice. Pure and synchronous; it never
 * reads the clock (asOf is an argument) and runs the same in the browser and in Node.
 */
import type { Answers } from "./answers";
import type { ParentFacts } from "./household";
import type { Conclusion } from "./types";
import { medicalChannels, type Channel } from "./rules/channels";
import { continuity, type Continuity } from "./rules/continuity";
import { optionCosts } from "./rules/costs";
import { familyHints } from "./rules/family";
import { injuryAdvice, type InjuryAdvice } from "./rules/injury";
import type { MoneyAdvice } from "./rules/money/for-person";
import { enrolMaterials, mergeMaterials, transferMaterials, type Material } from "./rules/materials";
import { medicalOptions, type MedicalOption } from "./rules/medical-options";
import { pensionAdvice, type PensionAdvice } from "./rules/pension/advice";
import { buildProfile, type Profile } from "./rules/profile";
import { recommend, type Recommendation } from "./rules/recommend";
import { previousEnrolment, targetOf } from "./rules/target";
import { transferAdvice, type TransferAdvice } from "./rules/transfer";
import { treatmentAdvice, type TreatmentAdvice } from "./rules/treatment";
import {
  duplicateWarning,
  enrolmentWindowWarning,
  gapWarning,
  permitAction,
  unconfirmedNotice,
} from "./rules/warnings";

export interface OptionAdvice extends MedicalOption {
  costs: Conclusion[];
  materials: Material[];
}

export interface Advice {
  asOf: string;
  place: {
    city: string;
    province: string;
    hukouCity: string;
    hukouProvince: string;
    isLocal: boolean;
    age: number;
  };
  medical: {
    options: OptionAdvice[];
    recommended: Recommendation;
    transfer?: TransferAdvice;
    /** Gap and waiting period when the person switches scheme in the same city (no transfer). */
    continuity?: Continuity;
  };
  /** Retirement age, minimum years, claim place, transfer or temporary account, 城乡衔接 (rules/pension/). */
  pension?: PensionAdvice;
  /** Work-injury cover for this kind of work here (rules/injury.ts). */
  injury?: InjuryAdvice;
  /** 异地就医备案 when care is needed away from the insured place (rules/treatment.ts). */
  treatment?: TreatmentAdvice;
  /** What it costs and what the pension may be, as estimates with their formulas (rules/money/). */
  money?: MoneyAdvice;
  /** Hints for families on the move: schooling, 积分, relatives (rules/family.ts). */
  family: Conclusion[];
  warnings: Conclusion[];
  actions: Conclusion[];
  notices: Conclusion[];
  materials: Material[];
  channels: Channel[];
}

export interface AdviseOptions {
  /** The day the rules are applied on (YYYY-MM-DD). */
  asOf: string;
  /** For a child of a household: what the household says of the parents (policy/household.ts). */
  parents?: readonly ParentFacts[];
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/**
 * One line per channel and place: the 医保 office of a city is one card whether it is for enrolling or for
 * a 备案; the 社保 (pension) office stays apart. The citations of duplicates are kept.
 */
function mergeChannels(lists: readonly Channel[][]): Channel[] {
  const byKey = new Map<string, Channel>();
  for (const c of lists.flat()) {
    const office =
      c.params?.for === "pension" || c.params?.for === "pension_transfer" ? "pension" : "medical";
    const key = [c.code, c.params?.city ?? "", c.params?.name ?? "", office].join("|");
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, cites: [...seen.cites, ...c.cites] } : c);
  }
  return [...byKey.values()];
}

/** Every source cited anywhere in an advice, sorted (the UI numbers them in reading order instead). */
export function citedSources(advice: Advice): string[] {
  const into = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "source" && typeof v === "string") into.add(v);
        else walk(v);
      }
    }
  };
  walk(advice);
  return [...into].sort();
}

function placeOf(p: Profile): Advice["place"] {
  return {
    city: p.city.code,
    province: p.province.code,
    hukouCity: p.hukouCity.code,
    hukouProvince: p.hukouProvince.code,
    isLocal: p.isLocal,
    age: p.age,
  };
}

/** What the money section needs worked out (rules/money/for-person.ts), given by advise.ts. */
export type MoneyRule = (p: Profile) => MoneyAdvice | undefined;

/**
 * The advice without what costs money and what the pension may be, unless `money` is given: advise.ts
 * gives it. A shared result's first screen (src/first-screen.tsx) says nothing of money, and drawing it
 * before the app loads less script without those rules.
 */
export function adviseCore(answers: Answers, { asOf, parents }: AdviseOptions, money?: MoneyRule): Advice {
  const p = buildProfile(answers, asOf, parents);
  const options: OptionAdvice[] = medicalOptions(p).map((o) => ({
    ...o,
    costs: optionCosts(p, o.code),
    materials: enrolMaterials(p, o.code),
  }));
  const recommended = recommend(p, options);
  const target = targetOf(p, recommended);
  const prev = target && previousEnrolment(p, target);
  const transfer = target && prev ? transferAdvice(p, prev, target) : undefined;
  const sameCity = target && prev && !transfer ? continuity(p, prev, target) : undefined;

  const pension = pensionAdvice(p);
  const injury = injuryAdvice(p);
  const treatment = treatmentAdvice(p, target);
  const moneyAdvice = money?.(p);

  const chosen = options.find((o) => o.code === recommended.code);
  // Someone staying where they are enrols in nothing: their checklist is what a transfer, a filing or the
  // pension asks for.
  const materials = mergeMaterials([
    chosen && !recommended.keepCurrent ? chosen.materials : [],
    transfer ? transferMaterials(transfer) : [],
    pension?.materials ?? [],
    treatment?.materials ?? [],
  ]);
  const warnings = [
    duplicateWarning(p, target, transfer),
    gapWarning(p, transfer?.continuity ?? sameCity, target),
    enrolmentWindowWarning(p, options),
    ...(pension?.warnings ?? []),
  ].filter(defined);
  const actions = [permitAction(p, options)].filter(defined);
  const notices = [unconfirmedNotice(p, options, recommended), ...(pension?.notices ?? [])].filter(defined);
  const channels = mergeChannels([
    medicalChannels(p, recommended.code, transfer),
    pension?.channels ?? [],
    injury?.channels ?? [],
    treatment?.channels ?? [],
  ]);

  const advice: Advice = {
    asOf,
    place: placeOf(p),
    medical: {
      options,
      recommended,
      ...(transfer ? { transfer } : {}),
      ...(sameCity ? { continuity: sameCity } : {}),
    },
    ...(pension ? { pension } : {}),
    ...(injury ? { injury } : {}),
    ...(treatment ? { treatment } : {}),
    ...(moneyAdvice ? { money: moneyAdvice } : {}),
    family: familyHints(p),
    warnings,
    actions,
    notices,
    materials,
    channels,
  };
  return advice;
}
