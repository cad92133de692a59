import "../interview/zod-messages";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { Link, Navigate, useNavigate, useParams, useSearchParams } from "react-router";
import { useDraft } from "../state/use-draft";
import { useStepScratch } from "../state/use-step-scratch";
import { paths } from "../interview/paths";
import { ErrorSummary } from "../components/fields/error-summary";
import { QuickAnswerButtons } from "../components/fields/quick-answer-buttons";
import { StepHint } from "../components/glossary/step-hint";
import { StepFields } from "../components/fields/step-fields";
import { PageHeading } from "../components/page-heading";
import { ProgressBar } from "../components/progress-bar";
import { AFTER_QUICK, FIELD_LABELS, UNANSWERED_ON_CARD, questionFor } from "../content/zh-CN/questions";
import { UI } from "../content/zh-CN/ui";
import {
  EMPTY_MEDICAL_ROW,
  answersToForm,
  formToAnswers,
  unansweredQuestions,
  type FormValues,
} from "../interview/form-values";
import type { Draft } from "../interview/draft";
import { loadScratch } from "../interview/step-scratch";
import { changedFields } from "../interview/same-answers";
import {
  STEPS,
  firstIncomplete,
  isStepId,
  pathFor,
  previousStep,
  stepValues,
  type StepDef,
} from "../interview/steps";
import { NotFoundPage } from "./not-found-page";

/** Puts an error at a dotted path ("household.0.insured"), making arrays for numeric parts. */
function putError(errors: Record<string, unknown>, path: string, message: string) {
  const parts = path.split(".");
  let node: Record<string, unknown> = errors;
  parts.slice(0, -1).forEach((part, i) => {
    if (!node[part] || typeof node[part] !== "object")
      node[part] = /^\d+$/.test(parts[i + 1] ?? "") ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1) ?? path] = { type: "required", message };
}

/** The step's schema on the answers the form makes, and the questions shown but left unanswered. */
function resolverFor(step: StepDef, draft: Draft): Resolver<FormValues> {
  const zod = zodResolver(step.schema) as unknown as Resolver<Record<string, unknown>>;
  return async (values, context, options) => {
    const result = await zod(formToAnswers(step, values, draft), context, options);
    const unanswered = unansweredQuestions(step, values, draft);
    if (unanswered.length === 0) return result;
    const errors = { ...result.errors } as Record<string, unknown>;
    for (const u of unanswered) putError(errors, u.path, UNANSWERED_ON_CARD[u.question]);
    return { values: {}, errors: errors as FieldErrors<FormValues> };
  };
}

const hasRows = (values: FormValues) => Object.values(values).some((v) => Array.isArray(v) && v.length > 0);

function StepForm({ step, back }: { step: StepDef; back: boolean }) {
  const { draft, update } = useDraft();
  const navigate = useNavigate();
  const path = pathFor(draft);
  const index = path.indexOf(step.id);
  const prev = previousStep(draft, step.id);
  // What was typed here but not submitted (before a reload, Back or a closed tab) wins over the draft.
  const [defaultValues] = useState(() => ({ ...answersToForm(step, draft), ...loadScratch(step) }));
  // The step's answers when it opened: only what the person changed here is saved, so an answer another
  // tab saved meanwhile is not overwritten by this tab's older copy.
  const [before] = useState(() => stepValues(step, draft));
  const quick = step.quick?.(draft) ?? [];
  // A step whose quick answers come first keeps its fields closed until “别的情况，我来填”.
  const [open, setOpen] = useState(() => !step.quickFirst || quick.length === 0 || hasRows(defaultValues));
  const opened = useRef(false);
  const fieldsBox = useRef<HTMLDivElement>(null);
  const {
    control,
    register,
    handleSubmit,
    setValue,
    watch,
    formState: { errors, submitCount },
  } = useForm<FormValues>({ resolver: resolverFor(step, draft), defaultValues });
  const scratch = useStepScratch(step, watch);

  useEffect(() => {
    // Opened by “别的情况，我来填”: the focus goes to the first control of the new row.
    if (open && opened.current)
      fieldsBox.current?.querySelector<HTMLElement>("fieldset input, fieldset select")?.focus();
  }, [open]);

  /** Saves this step's answers (only what changed) and goes on. */
  const onValid = (values: FormValues) => {
    scratch.submitted();
    const next = update(changedFields(before, values));
    const target = back ? firstIncomplete(next) : step.next(next);
    void navigate(target === "result" ? paths.result() : paths.step(target, back ? { back: "result" } : {}));
  };

  const q = questionFor(step.id, draft);
  const only = step.fields.length === 1 ? step.fields[0] : undefined;
  const singleChoice = only?.kind === "choice";
  const list = step.fields.find((f) => f.kind === "medical-list");
  const showQuick = quick.length > 0 && !(step.quickFirst && open);
  const afterQuick = AFTER_QUICK[step.id];
  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="space-y-6">
      <ProgressBar index={Math.max(0, index)} total={path.length} />
      {submitCount > 0 && <ErrorSummary errors={errors} />}
      <div className="space-y-2">
        <PageHeading focusKey={step.id}>{q.title}</PageHeading>
        <StepHint text={q.hint} />
      </div>
      {showQuick && <QuickAnswerButtons answers={quick} draft={draft} onChoose={(a) => onValid(a.values)} />}
      {!open && list && (
        <button
          type="button"
          className="btn-secondary w-full"
          onClick={() => {
            setValue(list.name, [{ ...EMPTY_MEDICAL_ROW }]);
            opened.current = true;
            setOpen(true);
          }}
        >
          {FIELD_LABELS.otherMedical}
        </button>
      )}
      {open && (
        <div ref={fieldsBox} className={singleChoice ? "[&_legend]:sr-only" : "space-y-2"}>
          {showQuick && afterQuick && <p className="font-bold">{afterQuick}</p>}
          <StepFields
            step={step}
            draft={draft}
            props={{ control, register, errors }}
            onChoose={singleChoice && only ? (value) => onValid({ [only.name]: value }) : undefined}
          />
        </div>
      )}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
        <Link to={prev ? paths.step(prev) : paths.start()} className="btn-secondary">
          {UI.back}
        </Link>
        {open && !singleChoice && (
          <button type="submit" className="btn-primary">
            {step.next(draft) === "result" || back ? UI.seeResult : UI.next}
          </button>
        )}
      </div>
    </form>
  );
}

export function StepPage() {
  const { stepId } = useParams();
  const [search] = useSearchParams();
  const { draft } = useDraft();
  if (!isStepId(stepId)) return <NotFoundPage />;
  if (!pathFor(draft).includes(stepId)) {
    const target = firstIncomplete(draft);
    return <Navigate to={target === "result" ? paths.result() : paths.step(target)} replace />;
  }
  return <StepForm key={stepId} step={STEPS[stepId]} back={search.get("back") === "result"} />;
}
