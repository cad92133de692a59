// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { useForm, type FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { Draft } from "../../interview/draft";
import type { FormValues } from "../../interview/form-values";
import { newMemberRow } from "../../interview/member-rows";
import { STEPS, type StepId } from "../../interview/steps";
import { ErrorSummary } from "./error-summary";
import { StepFields } from "./step-fields";

function Step({
  id,
  errors,
  values = {},
  draft = {},
}: {
  id: StepId;
  errors: FieldErrors<FormValues>;
  values?: FormValues;
  draft?: Draft;
}) {
  const { control, register } = useForm<FormValues>({ defaultValues: values });
  return (
    <>
      <ErrorSummary errors={errors} />
      <StepFields draft={draft} step={STEPS[id]} props={{ control, register, errors }} />
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
    render(<Step id="household" errors={{ livingWith: err("请回答这个问题") }} />);
    expect(screen.getByRole("alert")).toHaveTextContent("请回答这个问题");
    const radios = screen.getAllByRole("radio");
    expect(radios).toHaveLength(3);
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
    expect(description(screen.getByLabelText(/从哪年哪月开始/))).toBe("错误：请填开始日期");
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

  it("a family member's card: each question with its own message, every summary link finds its control", () => {
    const card = { ...newMemberRow("spouse"), sameHukou: false, insured: "resident" };
    render(
      <Step
        id="household"
        draft={{ city: "330100", hukouProvince: "410000", hukouCity: "411600" }}
        values={{ livingWith: "none", household: [card] }}
        errors={
          {
            household: [
              {
                birth: err("请选择这位家人的出生年月"),
                work: err("请选择这位家人现在怎么工作"),
                hukouCity: err("请选择这位家人的户口所在地"),
                residencePermit: err("请回答这位家人有没有居住证"),
                insured: { city: err("请回答这个问题") },
              },
            ],
          } as FieldErrors<FormValues>
        }
      />,
    );
    const card0 = screen.getByRole("group", { name: "配偶" });
    const inCard = within(card0);
    expect(description(inCard.getByLabelText("出生年份"))).toBe("错误：请选择这位家人的出生年月");
    expect(description(inCard.getByLabelText("现在怎么工作"))).toBe("错误：请选择这位家人现在怎么工作");
    expect(description(inCard.getByLabelText("省份"))).toBe("错误：请选择这位家人的户口所在地");
    for (const r of within(inCard.getByRole("radiogroup", { name: /居住证/ })).getAllByRole("radio"))
      expect(description(r)).toBe("错误：请回答这位家人有没有居住证");
    // The place of their insurance is the usual one, shown with a button to change it: the error is tied to it.
    expect(description(inCard.getByRole("button", { name: "换一个城市" }))).toBe("错误：请回答这个问题");
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(5);
    for (const link of links) {
      const id = decodeURIComponent(link.getAttribute("href")?.slice(1) ?? "");
      expect(document.getElementById(id), id).not.toBeNull();
    }
    for (const el of document.querySelectorAll<HTMLElement>("[aria-describedby]")) {
      expect(description(el)).not.toContain("<missing");
    }
  });
});
