import { MATERIAL_NAMES, NEED_LABELS, OPTION_NAMES } from "../../content/zh-CN/labels";
import { conclusionText } from "../../content/zh-CN/texts";
import { UI } from "../../content/zh-CN/ui";
import type { Advice } from "../../policy/advise";

const end = (s: string) => (/[。？！]$/.test(s) ? s : `${s}。`);

/** What “朗读建议和材料清单” reads: the “先做这些” part, then the 材料清单. */
export function resultSpeech(advice: Advice): string {
  const rec = advice.medical.recommended;
  const parts = [
    end(UI.whatToDo),
    end(`${UI.speechRecommended}：${OPTION_NAMES[rec.code]?.name ?? rec.code}`),
    ...rec.because.map((c) => end(conclusionText(c))),
    ...advice.actions.map((c) => end(conclusionText(c))),
    `${UI.speechMaterials}：`,
    ...advice.materials.map((m) => {
      const name = MATERIAL_NAMES[m.code]?.name ?? m.code;
      return `${name}，${NEED_LABELS[m.params.need] ?? ""}；`;
    }),
  ];
  return parts.join("").replace(/；$/, "。");
}
