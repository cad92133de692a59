// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Section } from "./section";

describe("Section that opens in place", () => {
  it("is a region named by its heading, whose button shows and hides the body it controls", async () => {
    const user = userEvent.setup();
    render(
      <Section id="care" title="在外地看病" collapsible>
        <p>备案后在这里看病。</p>
      </Section>,
    );
    const region = screen.getByRole("region", { name: "在外地看病" });
    const button = screen.getByRole("button", { name: "在外地看病" });
    expect(region).toContainElement(button);
    expect(button.closest("h2")).not.toBeNull();
    expect(button).toHaveAttribute("aria-expanded", "false");
    const body = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(body).toHaveTextContent("备案后在这里看病。");
    // Hidden on screen, shown on paper.
    expect(body).toHaveClass("hidden", "print:block");
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(body).not.toHaveClass("hidden");
    await user.click(button);
    expect(body).toHaveClass("hidden");
  });

  it("opens from the start with the focus on its button when asked (the section the person was in)", () => {
    render(
      <Section id="money" title="要交多少钱" collapsible initiallyOpen>
        <p>估算。</p>
      </Section>,
    );
    const button = screen.getByRole("button", { name: "要交多少钱" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveFocus();
  });

  it("without collapsible: a plain titled region, nothing to press", () => {
    render(
      <Section id="sources" title="依据的政策" level={2}>
        <p>[1]</p>
      </Section>,
    );
    expect(screen.getByRole("region", { name: "依据的政策" })).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
