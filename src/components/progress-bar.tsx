import { UI } from "../content/zh-CN/ui";

export function ProgressBar({ index, total }: { index: number; total: number }) {
  const percent = Math.round(((index + 1) / total) * 100);
  return (
    <div className="space-y-1">
      <p className="text-base text-gray-700">{UI.stepOf(index + 1, total)}</p>
      <div
        className="h-2 w-full overflow-hidden rounded bg-gray-200"
        role="progressbar"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-label={UI.stepOf(index + 1, total)}
      >
        <div className="h-full bg-blue-800" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
