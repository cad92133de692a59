import type { ReactElement, ReactNode } from "react";
import { PersonFirstScreen } from "./person-first-screen";
import { UI } from "../../content/zh-CN/ui";
import type { Figures } from "../../policy/answers";
import { MoneyView } from "./money-section";
import type { PersonPlan, PlanSection } from "./plan";
import { Section } from "./section";
import {
  CareView,
  ChannelsView,
  InjuryView,
  ListView,
  OptionsView,
  PensionView,
  TimelineView,
  TransferView,
} from "./section-views";

export interface PersonOptions {
  /** Prefix of the ids (one per person on a page that shows several). */
  idPrefix?: string;
  /** Heading level of the person's sections: 2 for the person the page is about, 3 under a member's h2. */
  level?: 2 | 3;
  /** The person's own figures, and what recomputes the result with new ones (the money section's form). */
  figures?: Figures | undefined;
  onFigures?: ((figures: Figures | undefined) => void) | undefined;
  /** The section to show open (by its id without the prefix), e.g. "money" after new figures. */
  open?: string | undefined;
}

function body(s: PlanSection, o: PersonOptions): ReactNode {
  switch (s.kind) {
    case "timeline":
      return <TimelineView s={s} />;
    case "options":
      return <OptionsView s={s} />;
    case "transfer":
      return <TransferView s={s} />;
    case "care":
      return <CareView s={s} />;
    case "pension":
      return <PensionView s={s} />;
    case "injury":
      return <InjuryView s={s} />;
    case "money":
      return <MoneyView money={s.money} figures={o.figures} onFigures={o.onFigures} />;
    case "list":
      return <ListView s={s} />;
    case "channels":
      return <ChannelsView s={s} />;
  }
}

/**
 * The sections of a person's part that open in place, one element each: the result page puts them as
 * separate children of <AfterFirstPaint>, so that each is laid out in a frame of its own.
 */
export function personSections(plan: PersonPlan, o: PersonOptions = {}): ReactElement[] {
  return plan.sections.map((s) => (
    <Section
      key={s.id}
      id={s.id}
      title={s.title}
      level={o.level ?? 2}
      collapsible
      initiallyOpen={o.open !== undefined && s.id === `${o.idPrefix ?? ""}${o.open}`}
    >
      {body(s, o)}
    </Section>
  ));
}

/**
 * One person's whole part under a heading of its own — for a member of the household shown on the same
 * page (spouse, child, parent): what to do first, then the sections, one level below the heading.
 */
export function PersonResult({
  plan,
  heading,
  idPrefix,
  figures,
  onFigures,
}: { plan: PersonPlan; heading: string; idPrefix: string } & Omit<PersonOptions, "level" | "idPrefix">) {
  return (
    <section aria-labelledby={`${idPrefix}person-title`} className="space-y-4">
      <h2 id={`${idPrefix}person-title`} className="border-b-4 border-blue-800 pb-1 text-2xl font-bold">
        {heading}
      </h2>
      <p className="text-base text-gray-700">{UI.memberYou}</p>
      <PersonFirstScreen plan={plan} idPrefix={idPrefix} level={3} />
      <div className="space-y-3">{personSections(plan, { idPrefix, level: 3, figures, onFigures })}</div>
    </section>
  );
}
