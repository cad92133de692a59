import { MATERIAL_NAMES, NEED_LABELS, OPTION_NAMES } from "../../content/zh-CN/labels";
import { conclusionText } from "../../content/zh-CN/texts";
import { UI } from "../../content/zh-CN/ui";
import type { Material } from "../../policy/rules/materials";
import type { PersonPlan } from "../result/plan";

const end = (s: string) => (/[。？！：]$/.test(s) ? s : `${s}。`);

/**
 * What “朗读建议和材料清单” reads: the first screen (the recommendation, what to do, the dates), then each family
 * member's first screen under their heading, then the 材料清单.
 */
export function resultSpeech(
  plan: PersonPlan,
  materials: readonly Material[],
  members: readonly { heading: string; plan: PersonPlan }[] = [],
): string {
  const parts = [
    ...firstScreenSpeech(plan),
    ...members.flatMap((m) => [end(m.heading), ...firstScreenSpeech(m.plan)]),
    ...(materials.length > 0
      ? [
          `${UI.speechMaterials}：`,
          ...materials.map((m) => {
            const name = MATERIAL_NAMES[m.code]?.name ?? m.code;
            return `${name}，${NEED_LABELS[m.params.need] ?? ""}；`;
          }),
        ]
      : []),
  ];
  return parts.join("").replace(/；$/, "。");
}

/** One person's first screen, sentence by sentence. */
function firstScreenSpeech(plan: PersonPlan): string[] {
  const rec = plan.recommendation;
  return [
    end(UI.whatToDo),
    end(`${UI.speechRecommended}：${OPTION_NAMES[rec.code]?.name ?? rec.code}`),
    ...rec.because.map((c) => end(conclusionText(c))),
    ...plan.todo.flatMap((g) => [
      end(g.title),
      ...(g.lead ? [end(conclusionText(g.lead))] : []),
      ...g.steps.flatMap((s, i) => [
        end(`第${i + 1}步，${conclusionText(s.step)}`),
        ...(s.deadline ? [end(conclusionText(s.deadline))] : []),
      ]),
    ]),
    ...(plan.warnings.length > 0
      ? [end(UI.warnings), ...plan.warnings.map((c) => end(conclusionText(c)))]
      : []),
  ];
}
