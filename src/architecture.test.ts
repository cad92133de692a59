import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The rooms of src/ and the one direction of their doors (docs/architecture.md):
 *
 *   app → screens → components → state → interview, content → policy → lib
 *
 * A file may import from its own room and from any room to its right; content may also read interview
 * (question texts are keyed by step id), never the other way. Inside policy, data never imports rules.
 * policy, interview, content and lib import no UI library. Every import form counts: `import`, `import
 * type`, wrapped imports, `export … from` and dynamic `import()` — TypeScript's own pre-processor finds
 * them, so the check does not depend on how a line is wrapped.
 */
const SRC = dirname(new URL(import.meta.url).pathname);
const ORDER = ["app", "screens", "components", "state", "interview|content", "policy", "lib"] as const;
const rankOf = (room: string) => ORDER.findIndex((r) => r.split("|").includes(room));
const UI_LIBRARIES = /^(react|react-dom|react-router|react-hook-form|@hookform\/)/;
const NO_UI = new Set(["policy", "interview", "content", "lib"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports, in any form. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** What is wrong with one file's imports (empty when they all go the right way). */
export function violations(file: string, source: string): string[] {
  const from = relative(SRC, file).split("/");
  const room = from[0] ?? "";
  const rank = rankOf(room);
  if (rank < 0) return []; // main.tsx and the like: the composition root
  const out: string[] = [];
  for (const spec of importsOf(source)) {
    if (!spec.startsWith(".")) {
      if (NO_UI.has(room) && UI_LIBRARIES.test(spec)) out.push(`${room} imports ${spec}`);
      continue;
    }
    const target = relative(SRC, resolve(dirname(file), spec)).split("/");
    const to = target[0] ?? "";
    if (to === room) {
      if (room === "policy" && from[1] === "data" && target[1] === "rules")
        out.push(`policy/data imports ${spec}`);
      continue;
    }
    const toRank = rankOf(to);
    const sideways = room === "content" && to === "interview";
    if (toRank >= 0 && toRank <= rank && !sideways) out.push(`${room} imports ${to}: ${spec}`);
  }
  return out;
}

describe("imports go one way", () => {
  it("no file of src/ imports a room to its left, in any form", () => {
    const offenders = files(SRC).flatMap((f) =>
      violations(f, readFileSync(f, "utf8")).map((v) => `${relative(SRC, f)}: ${v}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      "a wrapped import",
      "policy/rules/x.ts",
      'import {\n  PageHeading,\n} from "../../components/page-heading";',
    ],
    ["a re-export", "interview/x.ts", 'export { paths } from "../app/router";'],
    ["a dynamic import", "interview/x.ts", 'const m = () => import("../screens/start-page");'],
    ["a type import in lib", "lib/x.ts", 'import type {\n  Answers,\n} from "../policy/answers";'],
    [
      "components reaching up to screens",
      "components/x.tsx",
      'import { StepPage } from "../screens/step-page";',
    ],
    ["data reading rules", "policy/data/x.ts", 'import { advise } from "../rules/recommend";'],
    ["React in the engine", "policy/x.ts", 'import { useState } from "react";'],
    ["interview reading content", "interview/x.ts", 'import { UI } from "../content/zh-CN/ui";'],
  ])("catches %s", (_name, file, source) => {
    expect(violations(join(SRC, file), source)).not.toEqual([]);
  });

  it.each<[string, string, string]>([
    ["screens using state", "screens/x.tsx", 'import { useDraft } from "../state/use-draft";'],
    ["content reading interview", "content/x.ts", 'import { STEPS } from "../interview/steps";'],
    [
      "components reading policy types",
      "components/x.tsx",
      'import type { Advice } from "../policy/advise";',
    ],
  ])("allows %s", (_name, file, source) => {
    expect(violations(join(SRC, file), source)).toEqual([]);
  });
});
