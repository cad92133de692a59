import { useEffect, useRef } from "react";
import { useFieldArray, useWatch, type Control } from "react-hook-form";
import { HOUSEHOLD } from "../../content/zh-CN/questions";
import type { Draft } from "../../interview/draft";
import { newMemberRow, type MemberRow } from "../../interview/member-rows";
import { memberRelations, type Relation } from "../../interview/who";
import { FieldError } from "./field-error";
import { MemberCard } from "./member-card";
import { messageAt, type FieldProps } from "./types";

/** The most members the answers hold (answers.ts: household, max 8). */
const MAX_MEMBERS = 8;

/** Cards titled 配偶, 孩子 1, 孩子 2, 父母 1… in the order they were added. */
function titles(rows: readonly MemberRow[]): string[] {
  const seen: Record<string, number> = {};
  return rows.map((r) => {
    seen[r.relation] = (seen[r.relation] ?? 0) + 1;
    return HOUSEHOLD.card(r.relation as Relation, seen[r.relation] ?? 1);
  });
}

/** The family living here: add a spouse, children, parents; a small card each. */
export function HouseholdListField({
  name,
  control,
  register,
  errors,
  draft,
}: FieldProps & { draft: Draft }) {
  // The list lives under `name` in a form whose other fields are not known here.
  const listControl = control as unknown as Control<{ rows: MemberRow[] }>;
  const { fields, append, remove } = useFieldArray({ control: listControl, name: name as "rows" });
  const rows = (useWatch({ control, name }) as MemberRow[] | undefined) ?? [];
  const addButtons = useRef<HTMLDivElement>(null);
  // A card just added takes the focus (its first question), so keyboard and screen-reader users are in it.
  const added = useRef<number | null>(null);
  useEffect(() => {
    if (added.current === null) return;
    document.getElementById(`field-${name}.${added.current}.birth`)?.querySelector("select")?.focus();
    added.current = null;
  }, [fields.length, name]);
  const names = titles(fields);
  const addable = memberRelations(draft).filter(
    (r) => r !== "spouse" || !rows.some((row) => row.relation === "spouse"),
  );
  return (
    <fieldset id={`field-${name}`} className="space-y-4">
      <legend className="text-xl font-bold">{HOUSEHOLD.legend}</legend>
      <p className="text-base text-gray-700">{HOUSEHOLD.hint}</p>
      <FieldError name={name} message={messageAt(errors, name)} />
      {fields.map((field, i) => {
        // Just appended, the watched values may lag one render behind the array's own copy.
        const row = rows[i] ?? field;
        return (
          <MemberCard
            key={field.id}
            path={`${name}.${i}`}
            row={row}
            title={names[i] ?? ""}
            draft={draft}
            control={control}
            register={register}
            errors={errors}
            onRemove={() => {
              remove(i);
              // The card and its button are gone: the focus goes to the add buttons.
              requestAnimationFrame(() => addButtons.current?.querySelector("button")?.focus());
            }}
          />
        );
      })}
      {fields.length < MAX_MEMBERS ? (
        <div ref={addButtons} className="flex flex-wrap gap-3">
          {addable.map((r) => (
            <button
              key={r}
              type="button"
              className="btn-secondary"
              onClick={() => {
                added.current = fields.length;
                append(newMemberRow(r), { shouldFocus: false });
              }}
            >
              ＋ {HOUSEHOLD.add[r]}
            </button>
          ))}
        </div>
      ) : (
        <p>{HOUSEHOLD.full}</p>
      )}
    </fieldset>
  );
}
