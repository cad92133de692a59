import { GlossaryText } from "./glossary-text";

/** A wizard step's hint, with its glossary words explained on request. */
export function StepHint({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="text-gray-700">
      <GlossaryText text={text} />
    </p>
  );
}
