// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FiguresForm } from "./figures-form";

const ALL = { medical: true, flexibleBase: true, pension: true };

describe("FiguresForm: the person's own figures", () => {
  it("asks only what the advice can use", () => {
    render(<FiguresForm asks={{ medical: true, flexibleBase: false, pension: false }} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText("职工医保每月缴费基数（元）")).toBeInTheDocument();
    expect(screen.getByLabelText("职工医保费率（%）")).toBeInTheDocument();
    expect(screen.queryByLabelText("当地养老金计发基数（元/月）")).toBeNull();
    expect(screen.queryByRole("radio")).toBeNull();
  });

  it("hands over the figures typed (the 档次 as an index), checked by the answers' schema", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<FiguresForm asks={ALL} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("职工医保每月缴费基数（元）"), "4,500");
    await user.type(screen.getByLabelText("职工医保费率（%）"), "8.5");
    await user.click(screen.getByRole("radio", { name: "平均工资的100%" }));
    await user.type(screen.getByLabelText("养老保险个人账户里现在有多少钱（元）"), "20000");
    await user.click(screen.getByRole("button", { name: "按我的数字重新算" }));
    expect(onSubmit).toHaveBeenCalledWith({
      medicalBase: 4500,
      medicalRate: 8.5,
      pensionTier: 1,
      accountBalance: 20000,
    });
  });

  it("says what is wrong at the field and hands over nothing: not a number, or out of range", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<FiguresForm asks={ALL} onSubmit={onSubmit} />);
    const base = screen.getByLabelText("职工医保每月缴费基数（元）");
    await user.type(base, "四千");
    await user.type(screen.getByLabelText("职工医保费率（%）"), "80");
    await user.click(screen.getByRole("button", { name: "按我的数字重新算" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(base).toHaveAttribute("aria-invalid", "true");
    expect(base).toHaveAccessibleDescription("请填数字，比如 4500");
    expect(screen.getByLabelText("职工医保费率（%）")).toHaveAccessibleDescription(
      "这个数字不对，请再核对一下",
    );
  });

  it("shows the figures already in the link; clearing them hands over none", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<FiguresForm asks={ALL} figures={{ medicalBase: 4000, pensionTier: 3 }} onSubmit={onSubmit} />);
    expect(screen.getByLabelText("职工医保每月缴费基数（元）")).toHaveValue("4000");
    expect(screen.getByRole("radio", { name: "平均工资的300%" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "清除我的数字" }));
    expect(onSubmit).toHaveBeenCalledWith(undefined);
  });
});
