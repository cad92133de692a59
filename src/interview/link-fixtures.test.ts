import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Answers } from "../policy/answers";
import { CURRENT, LINK_FORMATS } from "./link-versions";
import { decodeShare, encodeShare } from "./share-codec";

/** Links of every released version, as people forwarded them: each must keep opening to the same answers. */
interface FixtureFile {
  version: number;
  links: { person: string; link: string; asOf: string; answers: unknown }[];
}

const DIR = new URL("./link-fixtures/", import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(new URL(name, DIR), "utf8")) as FixtureFile) }));

describe("released share links (link-fixtures/v*.json)", () => {
  it("every released version has a fixture file and a reader, and the current version is the newest", () => {
    expect(files.map((f) => f.version).sort()).toEqual([...LINK_FORMATS.keys()].sort());
    for (const f of files) expect(f.name).toBe(`v${f.version}.json`);
    expect(Math.max(...LINK_FORMATS.keys())).toBe(CURRENT.version);
  });

  for (const file of files) {
    describe(`version ${file.version}`, () => {
      it("has a dozen or more real links, each with valid expected answers", () => {
        expect(file.links.length).toBeGreaterThanOrEqual(12);
        for (const f of file.links) expect(Answers.safeParse(f.answers).success, f.person).toBe(true);
        expect(new Set(file.links.map((f) => f.link)).size).toBe(file.links.length);
      });

      it.each(file.links.map((f) => [f.person, f] as const))("%s", (_person, f) => {
        expect(f.link).toMatch(new RegExp(`^v=${file.version}&`));
        expect(decodeShare(f.link)).toEqual({ status: "ok", answers: f.answers, asOf: f.asOf });
        expect(decodeShare(`#${f.link}`)).toEqual(decodeShare(f.link));
        expect(decodeShare(encodeURIComponent(f.link))).toEqual(decodeShare(f.link));
      });

      if (file.version === CURRENT.version) {
        it("the current encoder still writes exactly these links", () => {
          for (const f of file.links) expect(encodeShare(Answers.parse(f.answers), f.asOf)).toBe(f.link);
        });
      }
    });
  }
});
