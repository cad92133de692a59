// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { LARGE_TEXT_CLASS, LARGE_TEXT_KEY, applyLargeText } from "../lib/text-size";
import { TextSizeSwitch } from "./text-size-switch";

afterEach(() => {
  localStorage.clear();
  applyLargeText(false);
});

describe("TextSizeSwitch", () => {
  it("is a switch that turns large text on and off and remembers it", async () => {
    const user = userEvent.setup();
    render(<TextSizeSwitch />);
    const toggle = screen.getByRole("switch", { name: /大字/ });
    expect(toggle).toHaveAttribute("aria-checked", "false");

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-checked", "true");
    expect(document.documentElement).toHaveClass(LARGE_TEXT_CLASS);
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBe("1");

    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-checked", "false");
    expect(document.documentElement).not.toHaveClass(LARGE_TEXT_CLASS);
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBeNull();
  });

  it("starts in the state the bootstrap applied before rendering", () => {
    applyLargeText(true);
    render(<TextSizeSwitch />);
    expect(screen.getByRole("switch")).toHaveAttribute("aria-checked", "true");
  });
});
