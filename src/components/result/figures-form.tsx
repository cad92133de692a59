import { useId, useState, type FormEvent } from "react";
import { FIGURES_UI } from "../../content/zh-CN/figures";
import { Figures, PENSION_TIERS } from "../../policy/answers";
import type { MoneyParts } from "./plan";

type FigureKey = Exclude<keyof Figures, "pensionTier">;
const NUMBER = /^\d+(\.\d+)?$/;

/** The number fields the advice can use, in the order asked. */
function fieldsFor(asks: MoneyParts["asks"]): FigureKey[] {
  return [
    ...(asks.medical ? (["medicalBase", "medicalRate"] as const) : []),
    ...(asks.flexibleBase ? (["flexibleBase"] as const) : []),
    ...(asks.pension ? (["pensionBase", "accountBalance"] as const) : []),
  ];
}

const asText = (n: number | undefined) => (n === undefined ? "" : String(n));

/**
 * The person's own figures (from a local notice or a hotline): typed here, checked with the answers'
 * schema, and handed to `onSubmit`, which recomputes the result through its link. Only fields the advice
 * can use are asked; the texts then say which figures are the person's own.
 */
export function FiguresForm({
  asks,
  figures = {},
  onSubmit,
}: {
  asks: MoneyParts["asks"];
  figures?: Figures | undefined;
  onSubmit: (figures: Figures | undefined) => void;
}) {
  const id = useId();
  const fields = fieldsFor(asks);
  const [values, setValues] = useState<Record<FigureKey, string>>(() => ({
    medicalBase: asText(figures.medicalBase),
    medicalRate: asText(figures.medicalRate),
    flexibleBase: asText(figures.flexibleBase),
    pensionBase: asText(figures.pensionBase),
    accountBalance: asText(figures.accountBalance),
  }));
  const [tier, setTier] = useState<string>(asText(figures.pensionTier));
  const [errors, setErrors] = useState<Partial<Record<FigureKey, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<FigureKey, string>> = {};
    const next: Record<string, number> = {};
    // Figures kept in the link but not asked here stay as they were.
    for (const [k, v] of Object.entries(figures)) if (v !== undefined) next[k] = v;
    for (const key of fields) {
      const text = values[key].trim().replace(/[,，]/g, "");
      if (text === "") {
        delete next[key];
        continue;
      }
      if (!NUMBER.test(text)) found[key] = FIGURES_UI.notANumber;
      else next[key] = Number(text);
    }
    if (asks.pension) {
      if (tier === "") delete next.pensionTier;
      else next.pensionTier = Number(tier);
    }
    const parsed = Figures.safeParse(next);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as FigureKey;
        found[key] ??= FIGURES_UI.outOfRange;
      }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    onSubmit(Object.keys(parsed.data).length > 0 ? parsed.data : undefined);
  };

  if (fields.length === 0) return null;
  return (
    <form className="card space-y-3" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {FIGURES_UI.title}
      </h3>
      <p className="text-base">{FIGURES_UI.intro}</p>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="field-error">
          {FIGURES_UI.errors}
        </p>
      )}
      {fields.map((key) => (
        <div key={key}>
          <label htmlFor={`${id}-${key}`} className="block font-bold">
            {FIGURES_UI[key]}
          </label>
          <input
            id={`${id}-${key}`}
            name={key}
            inputMode="decimal"
            autoComplete="off"
            value={values[key]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
            className="mt-1 min-h-11 w-full max-w-60 rounded border-2 border-gray-500 px-2"
          />
          {errors[key] && (
            <p id={`${id}-${key}-error`} className="field-error">
              {errors[key]}
            </p>
          )}
        </div>
      ))}
      {asks.pension && (
        <fieldset>
          <legend className="font-bold">{FIGURES_UI.tier}</legend>
          <div className="flex flex-wrap gap-x-4">
            {PENSION_TIERS.map((t) => (
              <label key={t} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-tier`}
                  value={String(t)}
                  checked={tier === String(t)}
                  onChange={() => setTier(String(t))}
                  className="size-5 accent-blue-800"
                />
                {FIGURES_UI.tierOption(t)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">
          {FIGURES_UI.submit}
        </button>
        {Object.keys(figures).length > 0 && (
          <button type="button" className="btn-secondary" onClick={() => onSubmit(undefined)}>
            {FIGURES_UI.clear}
          </button>
        )}
      </div>
    </form>
  );
}
