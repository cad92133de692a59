// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { useForm, type FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { FormValues } from "../../interview/form-values";
import { STEPS, type StepId } from "../../interview/steps";
import { ErrorSummary } from "./error-summary";
import { StepFields } from "./step-fields";

function Step({
  id,
  errors,
  values = {},
}: {
  id: StepId;
  errors: FieldErrors<FormValues>;
  values?: FormValues;
}) {
  const { control, register } = useForm<FormValues>({ defaultValues: values });
  return (
    <>
      <ErrorSummary errors={errors} />
      <StepFields draft={{}} step={STEPS[id]} props={{ control, register, errors }} />
    </>
  );
}

/** The element(s) a control's aria-describedby points at. */
function description(el: HTMLElement): string {
  return (el.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`)
    .join(" ");
}

const err = (message: string) => ({ type: "custom", message });

describe("errors are announced and tied to their controls", () => {
  it("radio buttons: every option points at the question's error", () => {
    render(<Step id="work" errors={{ work: err("请回答这个问题") }} />);
    expect(screen.getByRole("alert")).toHaveTextContent("请回答这个问题");
    const radios = screen.getAllByRole("radio");
    expect(radios.length).toBeGreaterThan(1);
    for (const r of radios) {
      expect(description(r)).toBe("错误：请回答这个问题");
      expect(r).toHaveAttribute("aria-invalid", "true");
    }
  });

  it("the city picker: both selects point at the error", () => {
    render(<Step id="city" errors={{ city: err("请回答这个问题") }} />);
    expect(description(screen.getByLabelText("城市"))).toBe("错误：请回答这个问题");
    expect(description(screen.getByLabelText("省份"))).toBe("错误：请回答这个问题");
  });

  it("birth month: both selects", () => {
    render(<Step id="about" errors={{ birth: err("请选择出生年月") }} />);
    expect(description(screen.getByLabelText("出生年份"))).toBe("错误：请选择出生年月");
    expect(description(screen.getByLabelText("出生月份"))).toBe("错误：请选择出生年月");
  });

  it("a row of the medical history: scheme and start date, each with its own message", () => {
    const row = { scheme: "", province: "", city: "", from: "", to: "", ongoing: true };
    render(
      <Step
        id="medical"
        values={{ medical: [row] }}
        errors={
          {
            medical: [{ scheme: err("请选择哪种医保"), from: err("请填开始日期") }],
          } as FieldErrors<FormValues>
        }
      />,
    );
    for (const r of screen.getAllByRole("radio")) expect(description(r)).toBe("错误：请选择哪种医保");
    expect(description(screen.getByLabelText(/从哪天开始/))).toBe("错误：请填开始日期");
    // Each summary link leads to an element that exists.
    for (const link of screen.getAllByRole("link")) {
      const id = decodeURIComponent(link.getAttribute("href")?.slice(1) ?? "");
      expect(document.getElementById(id), id).not.toBeNull();
    }
    // No control is described by an id that does not exist.
    for (const el of document.querySelectorAll<HTMLElement>("[aria-describedby]")) {
      expect(description(el)).not.toContain("<missing");
    }
  });
});
