import { formatChineseDate } from "../../lib/dates";
import { GRADE_LABELS } from "../../content/zh-CN/labels";
import { UI } from "../../content/zh-CN/ui";
import { SOURCES } from "../../policy/data/sources/registry";

/** 文号, or that it has none or was not found: every source says which. */
function docNoText(id: string): string {
  const s = SOURCES.get(id);
  if (!s) return "";
  return s.docNo
    ? `（${s.docNo}）`
    : s.docNoStatus === "none"
      ? `（${UI.docNoNone}）`
      : `（${UI.docNoNotFound}）`;
}

/**
 * One source in a few lines, where a citation is tapped: title and 文号, issuer and date, how reliable;
 * the clause of this conclusion when it names one.
 */
export function SourceSummary({ id, n, clause }: { id: string; n: number; clause?: string | undefined }) {
  const s = SOURCES.get(id);
  if (!s) return null;
  return (
    <span className="block">
      <span className="font-bold">[{n}] </span>
      {s.title}
      {docNoText(id)}
      <span className="block text-gray-800">
        {s.issuer}
        {s.issued && `，${formatChineseDate(s.issued)}发布`}
        {s.effective && `，${formatChineseDate(s.effective)}起施行`}。{UI.grade}：{GRADE_LABELS[s.grade]}
      </span>
      {clause && <span className="block text-gray-800">{UI.citedClause(clause)}</span>}
    </span>
  );
}

/** Every source the advice cites: title, 文号, issuer, dates, how reliable, and what superseded it. */
export function SourcesList({ order }: { order: Map<string, number> }) {
  const items = [...order.entries()].sort((a, b) => a[1] - b[1]);
  return (
    <ol className="space-y-3 text-base [overflow-wrap:anywhere]">
      {items.map(([id, n]) => {
        const s = SOURCES.get(id);
        if (!s) return null;
        return (
          <li key={id} id={`source-${n}`} tabIndex={-1} className="scroll-mt-4">
            <span className="font-bold">[{n}] </span>
            {s.title}
            {docNoText(id)}
            <span className="block text-gray-800">
              {s.issuer}
              {s.issued && `，${formatChineseDate(s.issued)}发布`}
              {s.effective && `，${formatChineseDate(s.effective)}起施行`}
              {s.validUntil && `，有效期至${formatChineseDate(s.validUntil)}`}
              {s.seed && `；${s.seed.replace("seed ", "项目原始资料")}`}。{UI.grade}：{GRADE_LABELS[s.grade]}
            </span>
            {s.supersededBy?.map((x) => (
              <span key={x.by} className="block text-gray-800">
                {UI.sourceSuperseded(
                  SOURCES.get(x.by)?.docNo ?? SOURCES.get(x.by)?.title ?? x.by,
                  formatChineseDate(x.on),
                  x.scope,
                )}
              </span>
            ))}
            {s.note && <span className="block text-gray-700">{s.note}</span>}
            {s.grade === "official" && s.url && (
              <span className="block break-all text-gray-700">{s.url}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
