import type { Control, FieldErrors, UseFormRegister } from "react-hook-form";
import type { FormValues } from "../../interview/form-values";

export interface FieldProps {
  name: string;
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
}

/** The message of a (possibly nested) field error: "medical.0.to". */
export function messageAt(errors: FieldErrors<FormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = node && typeof node === "object" && "message" in node ? node.message : undefined;
  return typeof message === "string" ? message : undefined;
}
