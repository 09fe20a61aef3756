import { globSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { dataChangedEvent } from "./audit.js";
import { identityEvents } from "./identity.js";
import { insightsEvents } from "./insights.js";
import { portfolioEvents } from "./portfolio.js";
import { timesheetsEvents } from "./timesheets.js";
import { workspacesEvents } from "./workspaces.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const contractsDir = path.join("packages", "events", "src", "contracts");

/** The producing services: one folder each under subgraphs/. */
const services = readdirSync(path.join(root, "subgraphs"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The contracts' event types (each service's data-change event included). */
const contractTypes = [
  ...Object.values(portfolioEvents),
  ...Object.values(identityEvents.security),
  identityEvents.userSkillChanged,
  identityEvents.skillDeleted,
  ...Object.values(insightsEvents),
  ...Object.values(workspacesEvents),
  ...Object.values(timesheetsEvents),
  ...services.map((service) => dataChangedEvent(service)),
];
/** Every event type name the contracts declare. */
const contractNames = new Set(contractTypes.map((type) => type.name));

/** The aggregates the contracts name (`task`, `security`, `audit`…): the middle part of every event type. */
const aggregates = new Set(contractTypes.map((type) => type.name.split(".")[1]!));

/**
 * `<service>.<aggregate>.<what happened>`, or the start of one (`identity.security.`), or a suffix
 * shared by every service's events (`.audit.data_changed`; of a contract's aggregate, so that
 * `.d.ts` or `.evil.net` are not taken for one).
 */
const EVENT_TYPE = new RegExp(
  `^((${services.join("|")})\\.[a-z][a-z0-9_]*\\.([a-z][a-z0-9_]*)?|\\.(${[...aggregates].join("|")})\\.[a-z][a-z0-9_]*)$`,
);

/**
 * Whether `node` names a new event type to `defineEventType(…)`: a test declaring an event type of its
 * own (one no contract has), as a contract does.
 */
const declaresEventType = (node: ts.StringLiteralLike | ts.TemplateLiteralLikeNode): boolean =>
  !contractNames.has(node.text) &&
  ts.isCallExpression(node.parent) &&
  node.parent.arguments[0] === node &&
  ts.isIdentifier(node.parent.expression) &&
  node.parent.expression.text === "defineEventType";

/**
 * The string literals of `source` (template parts included, comments not) shaped like an event type;
 * in test code, but the names of event types the test declares itself.
 */
function eventTypeLiterals(fileName: string, source: string, testCode = false): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (EVENT_TYPE.test(node.text) && !(testCode && declaresEventType(node))) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${fileName}:${line + 1} "${node.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every TypeScript source of the gateway, the subgraphs, the packages, the scripts, the benchmarks and the tests. */
function sources(): string[] {
  return globSync(
    [
      "gateway/**/*.ts",
      "subgraphs/*/{src,test}/**/*.ts",
      "packages/*/{src,test}/**/*.ts",
      "scripts/**/*.ts",
      "bench/**/*.ts",
      "tests/**/*.ts",
    ],
    {
      cwd: root,
    },
  ).filter(
    (file) =>
      !file.startsWith(contractsDir + path.sep) &&
      !file.includes(`${path.sep}generated${path.sep}`) &&
      !file.includes(`node_modules${path.sep}`) &&
      !file.includes(`dist${path.sep}`),
  );
}

/** Test code: test files, the folders of test helpers, and suites shared by tests (whatever imports vitest). */
const isTestCode = (file: string, source: string): boolean =>
  /\.(test|e2e)\.ts$/.test(file) ||
  file.split(path.sep).some((part) => part === "test" || part === "tests") ||
  /from "vitest"/.test(source);

describe("event contracts", () => {
  it("finds an event type spelled as a string, in a literal or a template, but not in a comment", () => {
    const source = [
      "// portfolio.task.created, in a comment",
      'const a = "portfolio.task.created";',
      "const b = `identity.security.${kind}`;",
      'const c = service + ".audit.data_changed";',
      'const d = "graphiql.min.css";',
      'const e = [".d.ts", ".evil.net", ".task.moved"];',
      'const f = defineEventType("timesheets.example.unknown", 1);',
      'const g = defineEventType("portfolio.task.moved", 2);',
    ].join("\n");
    const found = [
      'sample.ts:2 "portfolio.task.created"',
      'sample.ts:3 "identity.security."',
      'sample.ts:4 ".audit.data_changed"',
      'sample.ts:6 ".task.moved"',
    ];
    const own = 'sample.ts:7 "timesheets.example.unknown"';
    const contracts = 'sample.ts:8 "portfolio.task.moved"';
    expect(eventTypeLiterals("sample.ts", source)).toEqual([...found, own, contracts]);
    // A test may declare an event type of its own (one no contract has), and nothing else.
    expect(eventTypeLiterals("sample.ts", source, true)).toEqual([...found, contracts]);
  });

  it("names every event type only in the contracts module: producers, consumers, the gateway and the tests import it", () => {
    const files = sources();
    expect(files.filter((file) => /\.(test|e2e)\.ts$/.test(file)).length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      return eventTypeLiterals(file, source, isTestCode(file, source));
    });
    expect(offenders).toEqual([]);
    // Parsing every source takes a few seconds on a busy machine.
  }, 30_000);
});
