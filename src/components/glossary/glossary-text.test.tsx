// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { GlossaryScope } from "./glossary-scope";
import { GlossaryText } from "./glossary-text";
import { StepHint } from "./step-hint";

describe("glossary words in texts", () => {
  it("a hint's word is a button that shows and hides its explanation, with its source", async () => {
    const user = userEvent.setup();
    render(<StepHint text="已经申请、拿到了“居住证办理凭证”的，选“正在办”。" />);
    const button = screen.getByRole("button", { name: "居住证办理凭证" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText(/还没拿到证时的凭证/)).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const definition = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(definition).toHaveTextContent(/还没拿到证时的凭证/);
    // The source's label is loaded on demand ("依据：……" until it arrives).
    await waitFor(() =>
      expect(definition).toHaveTextContent(/依据：新闻报道《取消户籍限制，就业地能参加医保》/),
    );
    // The sentence still reads as one sentence.
    expect(definition?.closest("p")).toHaveTextContent(/^已经申请、拿到了“居住证办理凭证”的，选“正在办”。/);

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText(/还没拿到证时的凭证/)).toBeNull();
  });

  it("no hint, nothing rendered", () => {
    const { container } = render(<StepHint text={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("inside one screen, only the first occurrence of a word gets a button", () => {
    render(
      <GlossaryScope>
        <ul>
          <li data-testid="a">
            <GlossaryText text="先办居住证，再参加居民医保。" />
          </li>
          <li data-testid="b">
            <GlossaryText text="有居住证的人参加居民医保，断保不超过3个月。" />
          </li>
        </ul>
      </GlossaryScope>,
    );
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["居住证", "居民医保", "断保"]);
    expect(within(screen.getByTestId("a")).getAllByRole("button")).toHaveLength(2);
    expect(within(screen.getByTestId("b")).getByRole("button")).toHaveTextContent("断保");
  });
});
