import type { MemberPart } from "./household-plan";
import { PersonResult } from "./person-result";

/** One part per member, each under its own heading (h2), its sections one level below. */
export function MemberResults({ parts }: { parts: readonly MemberPart[] }) {
  return parts.map((p) => (
    <div key={p.key} className="pt-4">
      <PersonResult plan={p.plan} heading={p.heading} idPrefix={`${p.key}-`} />
    </div>
  ));
}
