// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InPageLink } from "./in-page-link";

describe("InPageLink", () => {
  it("focuses the target without touching the URL (the result page keeps its answers in the fragment)", async () => {
    window.history.replaceState(null, "", "/result#v=1&c=340100");
    const user = userEvent.setup();
    render(
      <>
        <InPageLink to="source-2">[2]</InPageLink>
        <ol>
          <li id="source-2">《某某办法》</li>
        </ol>
      </>,
    );
    await user.click(screen.getByRole("link", { name: "[2]" }));
    expect(document.activeElement).toBe(screen.getByText("《某某办法》"));
    expect(window.location.hash).toBe("#v=1&c=340100");
  });

  it("focuses the first control inside a group, or the nearest usable one when the target is disabled", async () => {
    const user = userEvent.setup();
    render(
      <>
        <InPageLink to="field-birth">请选择出生年月</InPageLink>
        <InPageLink to="field-city">请选择城市</InPageLink>
        <fieldset id="field-birth">
          <select aria-label="出生年份" />
        </fieldset>
        <div>
          <select aria-label="省份" />
          <div>
            <select id="field-city" aria-label="城市" disabled />
          </div>
        </div>
      </>,
    );
    await user.click(screen.getByRole("link", { name: "请选择出生年月" }));
    expect(document.activeElement).toBe(screen.getByLabelText("出生年份"));
    await user.click(screen.getByRole("link", { name: "请选择城市" }));
    expect(document.activeElement).toBe(screen.getByLabelText("省份"));
  });
});
