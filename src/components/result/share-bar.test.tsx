// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareBar } from "./share-bar";

const URL = "https://example.org/result#v=1&d=20261122&c=340100";

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "share");
});

describe("ShareBar", () => {
  it("opens the system share sheet with the title and the link where the browser has one", async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    const user = userEvent.setup();
    render(<ShareBar url={URL} />);
    await user.click(screen.getByRole("button", { name: "发给家人" }));
    expect(share).toHaveBeenCalledWith({ title: "社保随身带：我的医保建议", url: URL });
    // Copying stays possible, and so does copying by hand.
    expect(screen.getByRole("button", { name: "复制链接" })).toBeInTheDocument();
    expect(screen.getByLabelText("结果链接")).toHaveValue(URL);
  });

  it("closing the share sheet says nothing; a failing one copies the link instead", async () => {
    vi.stubGlobal("isSecureContext", true);
    const share = vi
      .fn()
      .mockRejectedValueOnce(new DOMException("closed", "AbortError"))
      .mockRejectedValueOnce(new DOMException("blocked", "NotAllowedError"));
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    const user = userEvent.setup(); // gives navigator a clipboard of its own
    render(<ShareBar url={URL} />);
    await user.click(screen.getByRole("button", { name: "发给家人" }));
    expect(screen.getByRole("status")).toHaveTextContent("");
    expect(await navigator.clipboard.readText()).toBe("");

    await user.click(screen.getByRole("button", { name: "发给家人" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("链接已复制"));
    expect(await navigator.clipboard.readText()).toBe(URL);
  });

  it("without a share sheet, copying the link is the main button", () => {
    render(<ShareBar url={URL} />);
    expect(screen.queryByRole("button", { name: "发给家人" })).toBeNull();
    expect(screen.getByRole("button", { name: "复制链接" })).toHaveClass("btn-primary");
  });
});
