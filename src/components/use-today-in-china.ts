import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { todayInChina } from "../lib/dates";

/**
 * Today's date in China, taken again when printing starts (synchronously, so the sheet has it): a page
 * opened before midnight and printed after it carries the day of printing.
 */
export function useTodayInChina(): string {
  const [today, setToday] = useState(() => todayInChina());
  useEffect(() => {
    const again = () => flushSync(() => setToday(todayInChina()));
    window.addEventListener("beforeprint", again);
    return () => window.removeEventListener("beforeprint", again);
  }, []);
  return today;
}
