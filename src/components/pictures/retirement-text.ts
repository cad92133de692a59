/** The retirement bars in words: the list screen readers read, and the sentences read aloud. */
import { pictureSpeech } from "../../content/zh-CN/pictures";
import type { RetirementBarProps } from "./types";

/** The labels the caller wrote, in reading order: years paid, time left, minimum, outcome. */
export function retirementFacts({ labels }: RetirementBarProps): string[] {
  return [labels.paid, labels.remaining, labels.minimum, ...(labels.outcome ? [labels.outcome] : [])];
}

export function retirementSpeech(props: RetirementBarProps): string {
  return pictureSpeech(props.title, retirementFacts(props));
}
