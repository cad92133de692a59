/**
 * What one person's part of the result page shows, in reading order, decided once from the answers, the
 * advice and its deadlines (no React): the first screen — what to do, in order, with the dates — and the
 * sections that open in place. Nothing is said twice: a conclusion whose words were already said (on the
 * first screen, in the money section, or higher up) is left out, and so are reasons already given. A section
 * with nothing in it is not made. The citation numbers are taken from this plan (citation-index.ts), so the
 * list of sources holds exactly what the page cites.
 */
import { conclusionText } from "../../content/zh-CN/texts";
import { UI } from "../../content/zh-CN/ui";
import type { Advice, OptionAdvice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import type { Channel } from "../../policy/rules/channels";
import type { Deadline } from "../../policy/rules/deadlines";
import type { MoneyAdvice } from "../../policy/rules/money/for-person";
import type { Conclusion } from "../../policy/types";
import { claimPlaceFromAdvice } from "../pictures/claim-place-adapter";
import { timelineFromAdvice } from "../pictures/insurance-timeline-adapter";
import { retirementFromAdvice } from "../pictures/retirement-adapter";
import type { ClaimPlaceBarsProps, InsuranceTimelineProps, RetirementBarProps } from "../pictures/types";

/** One step of the to-do list; a deadline of the advice that belongs to it is shown under it. */
export interface TodoStep {
  step: Conclusion;
  /** The deadline's words and sources (its day is in its words; where to go is in the calendar). */
  deadline?: Conclusion;
}

export interface TodoGroup {
  id: string;
  title: string;
  /** Numbered (1, 2, 3 …), unless the steps' own words number them (第一步 …). */
  numbered: boolean;
  /** What kind of thing this is, in one sentence (above the steps). */
  lead?: Conclusion;
  steps: TodoStep[];
}

export type PlanSection =
  | { kind: "timeline"; id: string; title: string; picture: InsuranceTimelineProps }
  | {
      kind: "options";
      id: string;
      title: string;
      /** What the sources cannot confirm about these options here, said once for all of them. */
      notice?: Conclusion;
      options: OptionAdvice[];
      recommended: string;
    }
  | {
      kind: "transfer";
      id: string;
      title: string;
      items: Conclusion[];
      /** The waiting period, when there is one. */
      waiting?: Conclusion;
      changes: Conclusion[];
    }
  | { kind: "care"; id: string; title: string; items: Conclusion[]; changes: Conclusion[] }
  | {
      kind: "pension";
      id: string;
      title: string;
      claim: Conclusion[];
      claimPicture?: ClaimPlaceBarsProps;
      retirement: Conclusion[];
      retirementPicture?: RetirementBarProps;
      other: Conclusion[];
    }
  | { kind: "injury"; id: string; title: string; finding?: Conclusion; steps: Conclusion[] }
  | { kind: "money"; id: string; title: string; money: MoneyParts }
  | { kind: "list"; id: string; title: string; items: Conclusion[]; hotline?: boolean }
  | { kind: "channels"; id: string; title: string; channels: readonly Channel[] };

/** The money part of the advice, each list with only what was not said before. */
export interface MoneyParts {
  residentYear: Conclusion[];
  staffYear: Conclusion[];
  flexiblePension: Conclusion[];
  estimate: Conclusion[];
  gaps: { stop: Conclusion[]; payBack: Conclusion[]; cashOut: Conclusion[]; short: Conclusion[] };
  /** What the figures form may ask for (only what the advice can use). */
  asks: { medical: boolean; flexibleBase: boolean; pension: boolean };
  tier?: number | undefined;
}

export interface PersonPlan {
  recommendation: {
    code: Advice["medical"]["recommended"]["code"];
    keepCurrent: boolean;
    because: Conclusion[];
    better?: string | undefined;
  };
  todo: TodoGroup[];
  warnings: Conclusion[];
  sections: PlanSection[];
}

/** Conclusions kept once: the words of each are remembered; a repeat (or a repeated reason) is dropped. */
class Said {
  private readonly texts = new Set<string>();

  /** Remembers the words of these conclusions (and their reasons) without keeping anything. */
  mark(list: readonly (Conclusion | undefined)[]): void {
    for (const c of list) {
      if (!c) continue;
      this.texts.add(conclusionText(c));
      this.mark(c.because ?? []);
    }
  }

  /** The conclusion if its words are new, with only its new reasons; undefined if already said. */
  one(c: Conclusion | undefined): Conclusion | undefined {
    if (!c) return undefined;
    const text = conclusionText(c);
    if (this.texts.has(text)) return undefined;
    this.texts.add(text);
    if (!c.because) return c;
    const because = this.list(c.because);
    return { ...c, because };
  }

  list(list: readonly (Conclusion | undefined)[]): Conclusion[] {
    return list.map((c) => this.one(c)).filter((c): c is Conclusion => c !== undefined);
  }
}

/** Reasons that only say the place's rule was not found: the notice above the options says it for all. */
const NOT_FOUND = new Set<string>(["city.not_found", "city.no_rule_for_date"]);

/** Option costs the money section says in full (with its formula, or asking for the figures). */
const MONEY_SAYS = ["cost.flexible_unknown", "cost.flexible_estimate", "cost.flexible_yearly"];

const plain = (d: Deadline): Conclusion => ({ code: d.code, params: d.params, cites: d.cites }) as Conclusion;

function firstScreen(advice: Advice, deadlines: readonly Deadline[], said: Said) {
  const { medical, treatment, pension } = advice;
  const rec = medical.recommended;
  const find = (code: Deadline["code"]) => deadlines.find((d) => d.code === code);
  const used = new Set<Deadline>();
  const attach = (step: Conclusion, d: Deadline | undefined): TodoStep => {
    if (!d || used.has(d)) return { step };
    used.add(d);
    return { step, deadline: plain(d) };
  };

  const groups: TodoGroup[] = [];
  if (advice.actions.length > 0)
    groups.push({
      id: "permit",
      title: UI.todoPermit,
      numbered: true,
      steps: advice.actions.map((step) => ({ step })),
    });

  const transfer = medical.transfer;
  if (transfer && transfer.steps.length > 0) {
    const followUp = find("deadline.transfer_follow_up");
    const backpay = find("deadline.backpay_no_waiting");
    // (Not findLastIndex: Safari before 15.4, which the build targets, lacks it.)
    const last = transfer.steps.map((s) => s.code).lastIndexOf("step.transfer_in");
    const enrol = transfer.steps.findIndex((s) => s.code.startsWith("step.enrol_new"));
    groups.push({
      id: "medical-transfer",
      title: UI.todoMedicalTransfer,
      numbered: true,
      ...(transfer.because[0] ? { lead: transfer.because[0] } : {}),
      steps: transfer.steps.map((s, i) =>
        i === last
          ? attach(s, followUp)
          : s.code === "step.backpay" ||
              (i === enrol && !transfer.steps.some((x) => x.code === "step.backpay"))
            ? attach(s, backpay)
            : { step: s },
      ),
    });
  }
  const move = pension?.move;
  if (move && move.steps.length > 0)
    groups.push({
      id: "pension-transfer",
      title: UI.todoPensionTransfer,
      // The pension steps say 第一步, 第二步 … themselves.
      numbered: false,
      lead: move.conclusion,
      steps: move.steps.map((step) => ({ step })),
    });
  if (treatment?.filing) {
    const where = treatment.details.find((d) => d.code === "treatment.file_with_insured_place");
    groups.push({
      id: "filing",
      title: UI.todoFiling,
      numbered: true,
      steps: [
        attach(treatment.finding, find("deadline.filing_temporary_check")),
        ...(where ? [{ step: where }] : []),
      ],
    });
  }
  // Deadlines that belong to no step above: each a step of its own (the pension's month, a gap to close).
  const rest = deadlines.filter((d) => !used.has(d) && d.code !== "deadline.enrolment_window_ends");
  for (const d of rest) {
    const title = d.code === "deadline.pension_claim" ? UI.todoPensionClaim : UI.todoRejoin;
    groups.push({
      id: d.code.slice("deadline.".length),
      title,
      numbered: false,
      steps: [{ step: plain(d) }],
    });
  }

  // The first screen is said first; the recommendation's reasons leave out what a step already says.
  const stepsSaid = groups.flatMap((g) => [g.lead, ...g.steps.flatMap((s) => [s.step, s.deadline])]);
  const filingInSteps = groups.some((g) => g.id === "filing");
  said.mark(stepsSaid);
  const because = said.list(
    rec.because.filter((b) => !(filingInSteps && b.code === "rec.resident_hukou_needs_filing")),
  );
  const warnings = said.list(advice.warnings);
  return {
    recommendation: {
      code: rec.code,
      keepCurrent: rec.keepCurrent,
      because,
      ...(rec.better ? { better: rec.better.code } : {}),
    },
    todo: groups,
    warnings,
  };
}

function moneyParts(money: MoneyAdvice, said: Said): MoneyParts {
  const gaps = money.pensionGaps;
  return {
    residentYear: said.list([
      ...(money.medical?.resident.costs ?? []),
      ...(money.medical?.resident.gives ?? []),
    ]),
    staffYear: said.list([
      ...(money.medical?.staffFlexible.costs ?? []),
      ...(money.medical?.staffFlexible.gives ?? []),
    ]),
    flexiblePension: said.list(money.flexiblePension?.conclusions ?? []),
    estimate: said.list(money.pensionEstimate?.conclusions ?? []),
    gaps: {
      stop: said.list(gaps?.stop ?? []),
      payBack: said.list(gaps?.payBack ?? []),
      cashOut: said.list(gaps?.cashOut ?? []),
      short: said.list(gaps?.shortAtRetirement ?? []),
    },
    asks: {
      medical: money.medical !== undefined,
      flexibleBase: money.flexiblePension !== undefined || money.pensionEstimate !== undefined,
      pension: money.pensionEstimate !== undefined,
    },
    tier: money.tier,
  };
}

const moneyEmpty = (m: MoneyParts) =>
  [m.residentYear, m.staffYear, m.flexiblePension, m.estimate, ...Object.values(m.gaps)].every(
    (l) => l.length === 0,
  ) &&
  !m.asks.medical &&
  !m.asks.flexibleBase;

/** The plan of one person's part of the page. `prefix` keeps ids apart when several people share a page. */
export function planPerson(
  answers: Answers,
  advice: Advice,
  deadlines: readonly Deadline[],
  prefix = "",
): PersonPlan {
  const said = new Said();
  const first = firstScreen(advice, deadlines, said);
  const id = (name: string) => `${prefix}${name}`;
  const { medical, treatment, pension, injury } = advice;
  // The money section's figures are the fullest statement of costs: said before the option cards'.
  const money = advice.money ? moneyParts(advice.money, said) : undefined;

  const sections: PlanSection[] = [];
  const timeline = timelineFromAdvice(answers, advice);
  if (timeline)
    sections.push({ kind: "timeline", id: id("timeline"), title: UI.timelineSection, picture: timeline });

  const transfer = medical.transfer;
  const cont = transfer?.continuity ?? medical.continuity;
  if (transfer || cont) {
    const items = said.list([
      ...(transfer?.because ?? []),
      ...(transfer?.outcomes ?? []),
      ...(cont?.because ?? []),
    ]);
    const waiting = said.one(cont?.waitingDetail);
    const changes = said.list(transfer?.changes ?? []);
    if (items.length > 0 || waiting || changes.length > 0)
      sections.push({
        kind: "transfer",
        id: id("transfer"),
        title: transfer ? UI.transfer : UI.gapSection,
        items,
        ...(waiting ? { waiting } : {}),
        changes,
      });
  }

  if (treatment) {
    const items = said.list([treatment.finding, ...treatment.details]);
    const changes = said.list(treatment.changes);
    if (items.length > 0 || changes.length > 0)
      sections.push({ kind: "care", id: id("care"), title: UI.careSection, items, changes });
  }

  const visible = medical.options.filter((o) => !o.sameAs);
  const optionNotice = advice.notices.find((n) => n.code === "notice.city_rule_unconfirmed");
  if (visible.length > 0) {
    const notice = said.one(optionNotice);
    const inNotice = new Set<string>(
      optionNotice?.code === "notice.city_rule_unconfirmed" ? optionNotice.params.options : [],
    );
    // The money section works out what 职工医保 (灵活就业) costs a year, or asks for the figures: the cards
    // leave that to it (they keep the rule the base follows).
    const costsInMoney = new Set<string>(advice.money?.medical ? MONEY_SAYS : []);
    const options = visible.map((o): OptionAdvice => {
      const isRec = o.code === medical.recommended.code;
      return {
        ...o,
        // The recommended option's reasons are the recommendation's; its materials are the checklist's.
        because:
          isRec && first.recommendation.because.length > 0
            ? []
            : said.list(o.because.filter((b) => !(inNotice.has(o.code) && NOT_FOUND.has(b.code)))),
        costs: said.list(o.costs.filter((c) => !costsInMoney.has(c.code))),
        // Nothing to bring for what one has already joined; the recommended one's materials are the checklist.
        materials: o.current || (isRec && !medical.recommended.keepCurrent) ? [] : o.materials,
      };
    });
    sections.push({
      kind: "options",
      id: id("options"),
      title: UI.options,
      ...(notice ? { notice } : {}),
      options,
      recommended: medical.recommended.code,
    });
  }

  if (pension) {
    const claimPicture = claimPlaceFromAdvice(answers, advice);
    const retirementPicture = retirementFromAdvice(answers, advice);
    const claim = said.list([
      pension.retired,
      pension.claim?.conclusion,
      pension.claimAfterTransfer?.conclusion,
      pension.claimWouldMove,
    ]);
    const retirement = said.list([
      pension.retirementConclusion,
      pension.minimumYears?.conclusion,
      pension.flexibleRetirement,
    ]);
    const other = said.list([
      pension.move && pension.move.steps.length === 0 ? pension.move.conclusion : undefined,
      pension.linkage?.conclusion,
    ]);
    if (claim.length + retirement.length + other.length > 0 || claimPicture || retirementPicture) {
      // The claim place's caption says what would move it: the advice says so already when it can.
      const picture =
        claimPicture && pension.claimWouldMove ? { ...claimPicture, caption: undefined } : claimPicture;
      sections.push({
        kind: "pension",
        id: id("pension"),
        title: UI.pensionSection,
        claim,
        ...(picture ? { claimPicture: stripUndefined(picture) } : {}),
        retirement,
        ...(retirementPicture ? { retirementPicture } : {}),
        other,
      });
    }
  }

  if (injury) {
    const finding = said.one(injury.finding);
    const steps = said.list(injury.steps);
    if (finding || steps.length > 0)
      sections.push({
        kind: "injury",
        id: id("injury"),
        title: UI.injurySection,
        ...(finding ? { finding } : {}),
        steps,
      });
  }

  if (money && !moneyEmpty(money))
    sections.push({ kind: "money", id: id("money"), title: UI.moneySection, money });

  const family = said.list(advice.family);
  if (family.length > 0)
    sections.push({ kind: "list", id: id("family"), title: UI.familySection, items: family });

  if (advice.channels.length > 0)
    sections.push({ kind: "channels", id: id("where"), title: UI.whereToGo, channels: advice.channels });

  const shownWithOptions = visible.length > 0 ? optionNotice : undefined;
  const notices = said.list(advice.notices.filter((n) => n !== shownWithOptions));
  if (notices.length > 0)
    sections.push({
      kind: "list",
      id: id("unknown"),
      title: UI.unknownLocally,
      items: notices,
      hotline: true,
    });

  return { ...first, sections };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
