/** The claim-place bars in words: the list screen readers read, and the sentences read aloud. */
import { CLAIM_TEXTS, pictureSpeech } from "../../content/zh-CN/pictures";
import type { ClaimPlaceBarsProps, ClaimPlaceRow } from "./types";

export function claimRowText(row: ClaimPlaceRow, claimLabel: string): string {
  const extra = row.extraYears && row.extraYears > 0 ? row.extraLabel : undefined;
  return CLAIM_TEXTS.row(row.label, row.years, row.tags ?? [], extra, row.claim ? claimLabel : undefined);
}

/** The 10-year line first, then one line per province in the order given. */
export function claimPlaceFacts({ rows, thresholdLabel, claimLabel }: ClaimPlaceBarsProps): string[] {
  return [thresholdLabel, ...rows.map((r) => claimRowText(r, claimLabel))];
}

/** What read-aloud says for the claim-place bars, the caption ("what would move it") last. */
export function claimPlaceSpeech(props: ClaimPlaceBarsProps): string {
  return pictureSpeech(props.title, claimPlaceFacts(props), props.caption);
}
