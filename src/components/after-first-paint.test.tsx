// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AfterFirstPaint } from "./after-first-paint";

afterEach(() => {
  vi.useRealTimers();
});

function Page({ more = false }: { more?: boolean }) {
  return (
    <main>
      <h1>上面</h1>
      <AfterFirstPaint>
        <p>下面</p>
        {more && <p>再下面</p>}
        {false}
        {more && <p>最下面</p>}
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

  it("adds the parts one frame after another, in order, and is busy until the last", async () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] });
    const { container } = render(<Page more />);
    const texts = () => [...container.querySelectorAll("[aria-busy] p")].map((p) => p.textContent);
    const frame = () =>
      act(async () => {
        // A frame (16 ms) and the task after it, no more.
        await vi.advanceTimersByTimeAsync(17);
      });
    expect(texts()).toEqual([]);
    await frame();
    expect(texts()).toEqual(["下面"]);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await frame();
    expect(texts()).toEqual(["下面", "再下面"]);
    await frame();
    expect(texts()).toEqual(["下面", "再下面", "最下面"]);
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

  it("renders every part at once when printing starts", () => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] });
    const { container } = render(<Page more />);
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(screen.getByText("最下面")).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });
});
