import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../content/zh-CN/glossary";
import { glossaryWords } from "./glossary-entries";
import { markTerms, type TermWords } from "./mark-terms";

const ENTRIES: TermWords[] = [
  { id: "permit", words: ["居住证"] },
  { id: "receipt", words: ["居住证办理凭证"] },
  { id: "waiting", words: ["待遇等待期", "等待期"] },
];

const terms = (text: string, mayMark?: (id: string) => boolean) =>
  markTerms(text, ENTRIES, mayMark).filter((s) => s.kind === "term");

describe("markTerms", () => {
  it("marks a word and keeps the text around it", () => {
    expect(markTerms("先办居住证再参保", ENTRIES)).toEqual([
      { kind: "text", text: "先办" },
      { kind: "term", text: "居住证", id: "permit" },
      { kind: "text", text: "再参保" },
    ]);
  });

  it("prefers the longest word at a place: 居住证办理凭证 is one word", () => {
    expect(terms("拿到居住证办理凭证")).toEqual([{ kind: "term", text: "居住证办理凭证", id: "receipt" }]);
  });

  it("marks only the first occurrence of each entry, alternative spellings included", () => {
    expect(terms("居住证、居住证办理凭证，再说居住证；等待期和待遇等待期")).toEqual([
      { kind: "term", text: "居住证", id: "permit" },
      { kind: "term", text: "居住证办理凭证", id: "receipt" },
      { kind: "term", text: "等待期", id: "waiting" },
    ]);
  });

  it("asks once per entry and leaves a refused word as plain text, without marking part of it", () => {
    const asked: string[] = [];
    const marked = terms("居住证办理凭证和居住证", (id) => {
      asked.push(id);
      return id === "permit";
    });
    expect(asked).toEqual(["receipt", "permit"]);
    expect(marked).toEqual([{ kind: "term", text: "居住证", id: "permit" }]);
  });

  it("returns the text unchanged when nothing matches", () => {
    expect(markTerms("选你平时住的城市。", ENTRIES)).toEqual([{ kind: "text", text: "选你平时住的城市。" }]);
    expect(markTerms("", ENTRIES)).toEqual([]);
  });

  it("never loses or changes a character (any text, the real glossary)", () => {
    const alphabet = [..."居住证办理凭证等待期个人账户灵活就业断保，。a1 "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join("");
        const segments = markTerms(text, glossaryWords(GLOSSARY));
        expect(segments.map((s) => s.text).join("")).toBe(text);
        const ids = segments.flatMap((s) => (s.kind === "term" ? [s.id] : []));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it("finds the real glossary's words in the texts people read", () => {
    const ids = (text: string) =>
      markTerms(text, glossaryWords(GLOSSARY)).flatMap((s) => (s.kind === "term" ? [s.id] : []));
    expect(ids("已经申请、拿到了“居住证办理凭证”的，选“正在办”。")).toEqual(["permit-receipt"]);
    expect(ids("在职工医保和居民医保之间换，可以申请转移接续")).toEqual([
      "staff-medical",
      "resident-medical",
      "medical-transfer",
    ]);
    expect(ids("在上海接着往临时缴费账户里交就行。")).toEqual(["temporary-account"]);
  });
});
