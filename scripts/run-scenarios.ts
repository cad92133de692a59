/**
 * npm run scenarios -- FILE.yaml [--tokens]
 * Runs every scenario of the file with the real engine (format: ../shared/policy/SCENARIOS.md), prints a
 * line per scenario and closes with "N passed, M failed". Exits 1 when any fails or the file can't be read.
 */
import { readFileSync } from "node:fs";
import { evaluateScenarioFile } from "./scenarios/evaluate";

const args = process.argv.slice(2);
const showTokens = args.includes("--tokens");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("用法：npm run scenarios -- path/to/scenarios.yaml [--tokens]");
  process.exit(2);
}

let results;
try {
  results = evaluateScenarioFile(readFileSync(file, "utf8"));
} catch (e) {
  console.error(`无法读取场景文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

for (const r of results) {
  if (r.ok) {
    console.log(`ok   ${r.id} ${r.title}`);
  } else if (r.error) {
    console.log(`FAIL ${r.id} ${r.title} — ${r.error}`);
  } else {
    const parts = [];
    if (r.missing.length) parts.push(`missing: ${r.missing.join(", ")}`);
    if (r.unexpected.length) parts.push(`unexpected: ${r.unexpected.join(", ")}`);
    console.log(`FAIL ${r.id} ${r.title} — ${parts.join("; ")}`);
  }
  if (showTokens && r.tokens) console.log(`     ${r.tokens.join(" ")}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
