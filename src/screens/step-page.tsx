import "../interview/zod-messages";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { Link, Navigate, useNavigate, useParams, useSearchParams } from "react-router";
import { useDraft } from "../state/use-draft";
import { useStepScratch } from "../state/use-step-scratch";
import { paths } from "../interview/paths";
import { ErrorSummary } from "../components/fields/error-summary";
import { StepHint } from "../components/glossary/step-hint";
import { StepFields } from "../components/fields/step-fields";
import { PageHeading } from "../components/page-heading";
import { ProgressBar } from "../components/progress-bar";
import { questionFor } from "../content/zh-CN/questions";
import { UI } from "../content/zh-CN/ui";
import { answersToForm, formToAnswers, type FormValues } from "../interview/form-values";
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

function resolverFor(step: StepDef, draft: Draft): Resolver<FormValues> {
  const zod = zodResolver(step.schema) as unknown as Resolver<Record<string, unknown>>;
  return (values, context, options) => zod(formToAnswers(step, values, draft), context, options);
}

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
  const {
    control,
    register,
    handleSubmit,
    watch,
    formState: { errors, submitCount },
  } = useForm<FormValues>({ resolver: resolverFor(step, draft), defaultValues });
  const scratch = useStepScratch(step, watch);

  const onValid = (values: FormValues) => {
    scratch.submitted();
    const next = update(changedFields(before, values));
    const target = back ? firstIncomplete(next) : step.next(next);
    void navigate(target === "result" ? paths.result() : paths.step(target, back ? { back: "result" } : {}));
  };

  const q = questionFor(step.id, draft);
  const singleChoice = step.fields.length === 1 && step.fields[0]?.kind === "choice";
  return (
    <form noValidate onSubmit={handleSubmit(onValid)} className="space-y-6">
      <ProgressBar index={Math.max(0, index)} total={path.length} />
      {submitCount > 0 && <ErrorSummary errors={errors} />}
      <div className="space-y-2">
        <PageHeading focusKey={step.id}>{q.title}</PageHeading>
        <StepHint text={q.hint} />
      </div>
      <div className={singleChoice ? "[&_legend]:sr-only" : undefined}>
        <StepFields step={step} draft={draft} props={{ control, register, errors }} />
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
        <Link to={prev ? paths.step(prev) : paths.start()} className="btn-secondary">
          {UI.back}
        </Link>
        <button type="submit" className="btn-primary">
          {step.next(draft) === "result" || back ? UI.seeResult : UI.next}
        </button>
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
