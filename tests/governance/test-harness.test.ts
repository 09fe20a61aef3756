import { globSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Test code: the tests and their helpers, wherever they live. */
const testFiles = () =>
  globSync(
    ["tests/**/*.ts", "gateway/test/**/*.ts", "subgraphs/*/test/**/*.ts", "{gateway,packages/*,subgraphs/*}/src/**/*.{test,int.test}.ts"],
    {
      cwd: root,
    },
  ).filter((file) => !file.includes("node_modules"));

/** Whether `source` imports the subgraph kit's `startSubgraph` (under any local name). */
function importsStartSubgraph(fileName: string, source: string): boolean {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return file.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === "@plateau/subgraph-kit" &&
      statement.importClause?.namedBindings !== undefined &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      statement.importClause.namedBindings.elements.some((element) => (element.propertyName ?? element.name).text === "startSubgraph"),
  );
}

describe("the test harness (CONTRIBUTING, how tests are organised)", () => {
  it("recognises an import of startSubgraph, renamed or not", () => {
    expect(importsStartSubgraph("a.ts", 'import { startSubgraph as start } from "@plateau/subgraph-kit";')).toBe(true);
    expect(importsStartSubgraph("a.ts", 'import { OutboxEvent, type RunningSubgraph } from "@plateau/subgraph-kit";')).toBe(false);
  });

  it("is how every test starts a subgraph: none calls the kit's startSubgraph itself", () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => importsStartSubgraph(file, readFileSync(path.join(root, file), "utf8")))).toEqual([]);
  });
});
