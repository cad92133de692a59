import { describe, expect, it } from "vitest";
import { advise } from "../../policy/advise";
import { conclusions, sampleAnswers } from "../../policy/testing";
import { hasText } from "./texts";

describe("texts", () => {
  it("every conclusion the engine emits over the sample grid has a Chinese text", () => {
    const seen = new Set<string>();
    for (const { answers, asOf } of sampleAnswers())
      for (const c of conclusions(advise(answers, { asOf }))) seen.add(c.code);
    const missing = [...seen].filter(
      (c) =>
        !hasText(c) &&
        !/^(id_card|hukou_booklet|residence_permit|residence_permit_receipt|labor_contract|insurance_certificate|pension_certificate|business_license|photo|transfer_application|social_security_card|employment_registration|employer_hr|office|national_app|si_platform|local_app|hotline_12393|hotline_12333)$/.test(
          c,
        ),
    );
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(40);
  });
});
