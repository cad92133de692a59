export function errorId(name: string): string {
  return `${name.replaceAll(".", "-")}-error`;
}

export function FieldError({ name, message }: { name: string; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} className="field-error">
      <span className="sr-only">错误：</span>
      {message}
    </p>
  );
}
