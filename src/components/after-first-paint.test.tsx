// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AfterFirstPaint } from "./after-first-paint";

afterEach(() => {
  vi.useRealTimers();
});

function Page() {
  return (
    <main>
      <h1>上面</h1>
      <AfterFirstPaint>
        <p>下面</p>
      </AfterFirstPaint>
    </main>
  );
}

describe("AfterFirstPaint", () => {
  it("shows what is above first, marks the page busy, then adds the rest after a frame", async () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] });
    const { container } = render(<Page />);
    expect(screen.getByText("上面")).toBeTruthy();
    expect(screen.queryByText("下面")).toBeNull();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();

    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(screen.getByText("下面")).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it("renders the rest at once when printing starts", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] });
    render(<Page />);
    expect(screen.queryByText("下面")).toBeNull();
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(screen.getByText("下面")).toBeTruthy();
  });
});
