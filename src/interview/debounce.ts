/** Calls `run` with the last value once `ms` have passed without a new one; flush() runs it now. */
export function debounced<T>(run: (value: T) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const p = pending;
    pending = undefined;
    if (p) run(p.value);
  };
  return {
    schedule(value: T) {
      pending = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, ms);
    },
    flush,
    /** Drops what is pending without running it. */
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
