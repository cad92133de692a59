// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { onDemand } from "./on-demand";

describe("a module loaded on demand", () => {
  it("is imported once, and renders in the same render once it has arrived (no suspended first render)", async () => {
    const importer = vi.fn(() => Promise.resolve({ Text: () => <p>政策依据</p> }));
    const mod = onDemand(importer);
    function Slot() {
      const m = mod.useModule();
      return m ? <m.Text /> : <p>正在载入</p>;
    }
    const first = render(<Slot />);
    expect(screen.getByText("正在载入")).toBeVisible();
    await act(() => Promise.all([mod.load(), mod.load()]));
    expect(importer).toHaveBeenCalledOnce();
    expect(screen.getByText("政策依据")).toBeVisible(); // the mounted slot followed
    first.unmount();
    render(<Slot />); // a slot mounted later (e.g. when printing starts) has it at once
    expect(screen.getByText("政策依据")).toBeVisible();
  });
});
