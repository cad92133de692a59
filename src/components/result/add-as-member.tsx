import { REPLACE_ANSWERS } from "../../content/zh-CN/stored-answers";
import type { Draft } from "../../interview/draft";
import { memberFromLink } from "../../interview/member-from-link";
import { RELATIONS } from "../../policy/answers";
import type { ReplaceAnswers } from "../../state/use-replace-answers";

/**
 * Beside “换成链接里的回答”: keep one's own answers and add the link's person to the household (issue 11,
 * M3). Only the relations the link can fill (a birth month; one spouse; at most 8 members) are offered.
 */
export function AddAsMember({
  replacing,
  mine,
  asOf,
  onAdded,
}: {
  replacing: ReplaceAnswers;
  mine: Draft;
  asOf: string;
  onAdded: () => void;
}) {
  const link = replacing.pending?.answers;
  if (!link) return null;
  const possible = RELATIONS.filter((r) => memberFromLink(link, r, mine, asOf) !== undefined);
  if (possible.length === 0) return null;
  return (
    <div className="space-y-2 border-t border-amber-800 pt-3 sm:basis-full">
      <p>{REPLACE_ANSWERS.addAsMemberLead}</p>
      <div className="flex flex-wrap gap-2">
        {possible.map((r) => (
          <button
            key={r}
            type="button"
            className="btn-secondary"
            onClick={() => replacing.addAsMember(r, asOf, onAdded)}
          >
            {REPLACE_ANSWERS.addAs[r]}
          </button>
        ))}
      </div>
    </div>
  );
}
