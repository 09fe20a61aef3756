import { globSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const contractsDir = path.join("packages", "events", "src", "contracts");

/** The producing services: one folder each under subgraphs/. */
const services = readdirSync(path.join(root, "subgraphs"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * `<service>.<aggregate>.<what happened>`, or the start of one (`identity.security.`), or a suffix
 * shared by every service's events (`.audit.data_changed`).
 */
const EVENT_TYPE = new RegExp(`^((${services.join("|")})\\.[a-z][a-z0-9_]*\\.([a-z][a-z0-9_]*)?|\\.[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*)$`);

/** The string literals of `source` (template parts included, comments not) shaped like an event type. */
function eventTypeLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (EVENT_TYPE.test(node.text)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${fileName}:${line + 1} "${node.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Every TypeScript source of the gateway, the subgraphs, the packages and the scripts, but test code
 * (test files, and suites shared by them: whatever imports vitest), which makes up event types freely.
 */
function sources(): string[] {
  return globSync(["gateway/src/**/*.ts", "subgraphs/*/src/**/*.ts", "packages/*/src/**/*.ts", "scripts/**/*.ts"], { cwd: root }).filter(
    (file) =>
      !file.startsWith(contractsDir + path.sep) &&
      !file.endsWith(".test.ts") &&
      !file.includes(`${path.sep}generated${path.sep}`) &&
      !file.includes(`node_modules${path.sep}`) &&
      !/from "vitest"/.test(readFileSync(path.join(root, file), "utf8")),
  );
}

describe("event contracts", () => {
  it("finds an event type spelled as a string, in a literal or a template, but not in a comment", () => {
    const source = [
      "// portfolio.task.created, in a comment",
      'const a = "portfolio.task.created";',
      "const b = `identity.security.${kind}`;",
      'const c = service + ".audit.data_changed";',
      'const d = "graphiql.min.css";',
    ].join("\n");
    expect(eventTypeLiterals("sample.ts", source)).toEqual([
      'sample.ts:2 "portfolio.task.created"',
      'sample.ts:3 "identity.security."',
      'sample.ts:4 ".audit.data_changed"',
    ]);
  });

  it("names every event type only in the contracts module: producers, consumers and the gateway import it", () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => eventTypeLiterals(file, readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
