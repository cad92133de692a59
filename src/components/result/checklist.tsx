import { useId } from "react";
import { MATERIAL_NAMES, NEED_LABELS } from "../../content/zh-CN/labels";
import { UI } from "../../content/zh-CN/ui";
import type { Material } from "../../policy/rules/materials";
import { CiteMarks } from "./conclusion-view";

const PURPOSE: Record<string, string> = {
  enrol: "参保",
  transfer: "转移接续",
  pension: "养老保险",
  filing: "异地就医备案",
  injury: "工伤",
};

/** The materials checklist: tick boxes on the phone, empty boxes on paper. */
export function Checklist({ materials }: { materials: readonly Material[] }) {
  const id = useId();
  return (
    <div className="space-y-2">
      <p className="text-base text-gray-700">{UI.checklistHint}</p>
      <ul className="space-y-2" aria-label={UI.checklist}>
        {materials.map((m) => {
          const name = MATERIAL_NAMES[m.code];
          const inputId = `${id}-${m.code}`;
          return (
            <li
              key={m.code}
              className="flex flex-wrap items-start gap-3 rounded border border-gray-400 p-3 print:border-black print:py-2"
            >
              <label htmlFor={inputId} className="flex min-h-11 flex-1 cursor-pointer items-start gap-3">
                <input
                  id={inputId}
                  type="checkbox"
                  className="mt-1 size-6 shrink-0 accent-blue-800 print:size-5"
                />
                <span>
                  <span className="font-bold">{name?.name ?? m.code}</span>
                  <span className="ml-2 text-base">
                    （{NEED_LABELS[m.params.need]}，用于{PURPOSE[m.params.purpose] ?? ""}）
                  </span>
                  {name?.note && <span className="block text-base text-gray-700">{name.note}</span>}
                </span>
              </label>
              <CiteMarks cites={m.cites} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function MaterialsInline({ materials }: { materials: readonly Material[] }) {
  return (
    <p>
      {materials.map((m, i) => (
        <span key={m.code}>
          {i > 0 && "、"}
          {MATERIAL_NAMES[m.code]?.name ?? m.code}
          {m.params.need === "maybe" && "（可能要）"}
        </span>
      ))}
    </p>
  );
}
