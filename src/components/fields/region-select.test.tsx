// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { RegionSelect } from "./region-select";

function Picker({ initial = "" }: { initial?: string }) {
  const [city, setCity] = useState(initial);
  return (
    <RegionSelect
      city={city}
      onCity={setCity}
      name="medical.0.city"
      invalid={false}
      shortcutsLabel="常填的地方，点一下就能选"
      shortcuts={[
        { code: "411600", label: "老家（周口）" },
        { code: "330100", label: "这里（杭州）" },
      ]}
    />
  );
}

describe("the city picker with one-tap cities", () => {
  it("a tap picks the city, and the lists follow (its province, then the city)", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const home = screen.getByRole("button", { name: "老家（周口）" });
    expect(home).toHaveAttribute("aria-pressed", "false");
    await user.click(home);
    expect(home).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByLabelText("省份")).toHaveValue("410000");
    expect(screen.getByLabelText("城市")).toHaveValue("411600");
    await user.click(screen.getByRole("button", { name: "这里（杭州）" }));
    expect(screen.getByLabelText("省份")).toHaveValue("330000");
    expect(screen.getByLabelText("城市")).toHaveValue("330100");
    expect(home).toHaveAttribute("aria-pressed", "false");
  });

  it("another province from the list clears the city and shows that province's cities", async () => {
    const user = userEvent.setup();
    render(<Picker initial="411600" />);
    await user.selectOptions(screen.getByLabelText("省份"), "320000");
    expect(screen.getByLabelText("省份")).toHaveValue("320000");
    expect(screen.getByLabelText("城市")).toHaveValue("");
    await user.selectOptions(screen.getByLabelText("城市"), "320100");
    expect(screen.getByLabelText("城市")).toHaveValue("320100");
    for (const b of screen.getAllByRole("button")) expect(b).toHaveAttribute("aria-pressed", "false");
  });
});
