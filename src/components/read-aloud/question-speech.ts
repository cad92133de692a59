import { CHOICES, FIELD_LABELS, QUICK_LABELS, questionFor } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import type { Draft } from "../../interview/draft";
import type { FieldDef, StepDef } from "../../interview/steps";

const end = (s: string) => (/[。？！]$/.test(s) ? s : `${s}。`);

/** The choices a field offers, as people read them, with what the choice key in CHOICES is. */
function fieldOptions(
  def: FieldDef,
): { legend?: string; key: string; values: readonly string[] } | undefined {
  if (def.kind === "choice") return { key: def.name, values: def.options ?? [] };
  if (def.kind === "sex") return { legend: FIELD_LABELS.sex, key: "sex", values: ["male", "female"] };
  return undefined;
}

/** What “朗读这个问题” reads: the question, its hint, and the options with their hints. */
export function questionSpeech(step: StepDef, draft: Draft = {}): string {
  const q = questionFor(step.id, draft);
  const parts = [end(q.title)];
  if (q.hint) parts.push(end(q.hint));
  const quick = step.quick?.(draft) ?? [];
  if (quick.length > 0)
    parts.push(`${FIELD_LABELS.speechQuick}：${quick.map((a) => QUICK_LABELS[a.id](a, draft)).join("；")}。`);
  for (const def of step.fields) {
    if (def.when && !def.when(draft)) continue; // asked only for some people: read once it shows
    const opts = fieldOptions(def);
    if (!opts) continue;
    const texts = CHOICES[opts.key] ?? {};
    const items = opts.values.map((v) => {
      const t = texts[v];
      return t?.hint ? `${t.label}，${t.hint}` : (t?.label ?? v);
    });
    parts.push(`${opts.legend ?? UI.speechOptions}：${items.join("；")}。`);
  }
  return parts.join("");
}
