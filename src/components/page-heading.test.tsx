// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageHeading } from "./page-heading";

describe("PageHeading", () => {
  it("takes focus when a step opens and again when the step changes", () => {
    const { rerender } = render(
      <>
        <button type="button">elsewhere</button>
        <PageHeading focusKey="city">你现在在哪个城市生活、工作？</PageHeading>
      </>,
    );
    const heading = screen.getByRole("heading", { level: 1 });
    expect(document.activeElement).toBe(heading);

    screen.getByRole("button", { name: "elsewhere" }).focus();
    rerender(
      <>
        <button type="button">elsewhere</button>
        <PageHeading focusKey="hukou">你的户口在哪里？</PageHeading>
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "你的户口在哪里？" }));
  });

  it("leaves focus alone without a focusKey (the start page)", () => {
    render(<PageHeading>外出打工、换城市，医保和养老保险怎么办</PageHeading>);
    expect(document.activeElement).toBe(document.body);
  });
});
