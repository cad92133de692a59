import { describe, expect, it } from "vitest";
import { SOURCES } from "../../policy/data/sources/registry";
import { GLOSSARY } from "./glossary";

const REQUIRED = [
  "统筹地区",
  "参保凭证",
  "灵活就业",
  "待遇等待期",
  "居住证",
  "居住证办理凭证",
  "医保关系转移接续",
  "个人账户",
  "异地就医备案",
  "临时基本养老保险缴费账户",
  "城乡衔接",
  "集中参保期",
];

describe("glossary", () => {
  it("explains every word the issue names", () => {
    expect(REQUIRED.filter((t) => !GLOSSARY.some((e) => e.term === t))).toEqual([]);
  });

  it("cites only sources that exist, at least one each", () => {
    for (const e of GLOSSARY) {
      expect(e.sources.length, e.term).toBeGreaterThan(0);
      expect(
        e.sources.filter((id) => !SOURCES.has(id)),
        e.term,
      ).toEqual([]);
    }
  });

  it("says each thing in one or two plain sentences", () => {
    for (const e of GLOSSARY) {
      const sentences = e.definition.split("。").filter((s) => s.length > 0);
      expect(e.definition.endsWith("。"), e.term).toBe(true);
      expect(sentences.length, e.term).toBeGreaterThanOrEqual(1);
      expect(sentences.length, e.term).toBeLessThanOrEqual(2);
      expect(e.definition.length, e.term).toBeLessThan(90);
    }
  });

  it("has unique ids and never gives one spelling to two entries", () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    expect(GLOSSARY.every((e) => /^[a-z-]+$/.test(e.id))).toBe(true);
    const words = GLOSSARY.flatMap((e) => [e.term, ...(e.also ?? [])]);
    expect(new Set(words).size).toBe(words.length);
  });
});
