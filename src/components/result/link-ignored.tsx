import { linkIgnored } from "../../content/zh-CN/link-notices";
import type { Answers } from "../../policy/answers";

/** Under the date of the advice: the values of the link that could not be read and were left out. */
export function LinkIgnored({ dropped }: { dropped: readonly (keyof Answers)[] }) {
  if (dropped.length === 0) return null;
  return (
    <p role="status" className="rounded border-2 border-amber-800 p-2">
      {linkIgnored(dropped)}
    </p>
  );
}
