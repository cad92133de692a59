import { afterEach, describe, expect, it, vi } from "vitest";
import { debounced } from "./debounce";

afterEach(() => {
  vi.useRealTimers();
});

describe("debounced", () => {
  it("runs once with the last value after the pause", () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounced(run, 300);
    d.schedule("a");
    vi.advanceTimersByTime(200);
    d.schedule("ab");
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledExactlyOnceWith("ab");
  });

  it("flush runs what is pending at once; cancel drops it", () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounced(run, 300);
    d.schedule(1);
    d.flush();
    expect(run).toHaveBeenCalledExactlyOnceWith(1);
    d.flush();
    d.schedule(2);
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
