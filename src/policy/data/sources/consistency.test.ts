import { describe, expect, it } from "vitest";
import { LOCAL_POLICIES } from "../local";
import { MINIMUM_YEARS_IN_FORCE_FROM } from "../national/minimum-years";
import { sourceById } from "./registry";

/**
 * The engine does not load the source registry (it is big, and only the sources list shows it); the few
 * dates it needs are kept beside the rules. These tests keep both in step.
 */
describe("dates kept beside the rules agree with their sources", () => {
  it("a local rule's termEnds is its source's validUntil", () => {
    for (const place of LOCAL_POLICIES.values()) {
      for (const rule of [
        ...(place.flexibleStaff ?? []),
        ...(place.residentAdult ?? []),
        ...(place.residentChild ?? []),
      ]) {
        expect(rule.termEnds, `${place.code} ${rule.cite.source}`).toBe(
          sourceById(rule.cite.source).validUntil,
        );
      }
    }
  });
  it("第二条 is in force from the reform's effective date", () => {
    expect(MINIMUM_YEARS_IN_FORCE_FROM).toBe(sourceById("npcsc-2024-retirement").effective);
  });
});
