// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CitationContext } from "./citation-index";
import { CiteMarks } from "./cite-marks";
import { sourcesModule } from "./sources-module";

const ORDER = new Map([
  ["ybbf-2021-43", 1],
  ["nhsa-2025-workers-rights", 2],
]);

function renderMarks() {
  return render(
    <CitationContext.Provider value={ORDER}>
      <p>
        句子。
        <CiteMarks
          cites={[
            { source: "ybbf-2021-43", clause: "转移接续时限" },
            { source: "ybbf-2021-43" },
            { source: "nhsa-2025-workers-rights" },
            { source: "not-numbered" },
          ]}
        />
      </p>
      <button type="button">后面的按钮</button>
    </CitationContext.Provider>,
  );
}

describe("CiteMarks", () => {
  it("is one button per conclusion, each source once, named 依据", () => {
    renderMarks();
    const mark = screen.getByRole("button", { name: /^依据\s*\[1\]\[2\]$/ });
    expect(mark).toHaveAttribute("aria-expanded", "false");
    expect(mark.tagName).toBe("BUTTON");
  });

  it("shows the sources in place (title, 文号 or its status, date, grade, clause); 收起 gives the focus back", async () => {
    await sourcesModule.load();
    const user = userEvent.setup();
    renderMarks();
    const mark = screen.getByRole("button", { name: /依据/ });
    await user.click(mark);
    expect(mark).toHaveAttribute("aria-expanded", "true");
    const panel = document.getElementById(mark.getAttribute("aria-controls") ?? "");
    await waitFor(() => expect(panel).toHaveTextContent("医保办发〔2021〕43号"));
    expect(panel).toHaveTextContent("[1]");
    expect(panel).toHaveTextContent("[2]");
    expect(panel).toHaveTextContent("文号未找到"); // the 2025 NHSA notice
    expect(panel).toHaveTextContent("2021年11月1日发布");
    expect(panel).toHaveTextContent("来源类型：");
    expect(panel).toHaveTextContent("这一句依据的是：转移接续时限");
    await user.click(screen.getByRole("button", { name: "收起" }));
    expect(mark).toHaveFocus();
    expect(mark).toHaveAttribute("aria-expanded", "false");
    expect(panel).not.toBeInTheDocument();
  });

  it("Escape inside the sources closes them and gives the focus back", async () => {
    const user = userEvent.setup();
    renderMarks();
    const mark = screen.getByRole("button", { name: /依据/ });
    await user.click(mark);
    await user.tab(); // into the panel: its 收起 button
    expect(screen.getByRole("button", { name: "收起" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(mark).toHaveFocus();
    expect(screen.queryByRole("button", { name: "收起" })).toBeNull();
  });

  it("says nothing when no source is numbered", () => {
    const { container } = render(<CiteMarks cites={[{ source: "not-numbered" }]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
