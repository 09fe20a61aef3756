import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCE_ROOTS = ["gateway/src", "packages", "subgraphs", "scripts", "tests"];

/** Every TypeScript file under the source roots, by folder (node_modules and build output left out). */
function filesByFolder(): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue;
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".ts")) folders.set(dir, [...(folders.get(dir) ?? []), entry.name]);
    }
  };
  for (const dir of SOURCE_ROOTS) walk(dir);
  return folders;
}

/** Whether one edit (a letter added, removed or changed) turns `a` into `b`. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) return [...a].filter((letter, index) => letter !== b[index]).length === 1;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return [...longer].some((_, index) => longer.slice(0, index) + longer.slice(index + 1) === shorter);
}

/** The type-graphql decorators a class may carry in `*.inputs.ts` (what clients send) and in `*.types.ts` (what they get). */
const INPUT_DECORATORS = new Set(["InputType", "ArgsType"]);
const OUTPUT_DECORATORS = new Set(["ObjectType", "InterfaceType"]);

/** What a source file declares that its name constrains: its classes' type-graphql decorators, and any reference resolver. */
function declarations(file: string, text: string): { decorators: string[]; resolvesReferences: boolean } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // Local names of type-graphql's exports, however imported (`import { ObjectType as Output }`).
  const imported = new Map<string, string>();
  const decorators: string[] = [];
  let resolvesReferences = false;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === "type-graphql") {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imported.set(element.name.text, (element.propertyName ?? element.name).text);
      } else if (bindings) imported.set(bindings.name.text, "*");
    }
    if (ts.isDecorator(node)) {
      const callee = ts.isCallExpression(node.expression) ? node.expression.expression : node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText(source);
      decorators.push(imported.get(name) === "*" || !imported.has(name) ? name : imported.get(name)!);
    }
    // `__resolveReference` as a key, a string or a property, in any spelling the compiler accepts.
    if ((ts.isIdentifier(node) || ts.isStringLiteralLike(node) || ts.isPrivateIdentifier(node)) && node.text === "__resolveReference") {
      resolvesReferences = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { decorators, resolvesReferences };
}

/** The subgraphs' sources, but tests, with what they declare. */
function subgraphSources(folders: Map<string, string[]>) {
  return [...folders]
    .filter(([dir]) => /^subgraphs\/[^/]+\/src(\/|$)/.test(dir.split(path.sep).join("/")))
    .flatMap(([dir, names]) =>
      names.filter((name) => !name.endsWith(".test.ts")).map((name) => path.join(dir, name).split(path.sep).join("/")),
    )
    .map((file) => ({ file, ...declarations(file, readFileSync(path.join(root, file), "utf8")) }));
}

describe("file names (CONTRIBUTING, naming)", () => {
  const folders = filesByFolder();

  it("finds the sources", () => {
    expect([...folders.values()].flat().length).toBeGreaterThan(300);
  });

  it("never has two files in a folder whose names differ by one letter", () => {
    const pairs = [...folders].flatMap(([dir, names]) =>
      names.flatMap((a, index) =>
        names
          .slice(index + 1)
          .filter((b) => oneLetterApart(a, b))
          .map((b) => `${dir}: ${a} ~ ${b}`),
      ),
    );
    expect(pairs).toEqual([]);
    expect(oneLetterApart("time-entry.reference.ts", "time-entry.references.ts")).toBe(true);
  });

  it("keeps shield rules in *.rules.ts (no *.permissions.ts)", () => {
    const permissions = [...folders].flatMap(([dir, names]) =>
      names.filter((name) => name.endsWith(".permissions.ts")).map((name) => `${dir}/${name}`),
    );
    expect(permissions).toEqual([]);
  });

  describe("what a file holds", () => {
    const sources = subgraphSources(folders);

    it("reads the subgraphs' sources, sees through renamed imports and finds a reference resolver in any spelling", () => {
      expect(sources.length).toBeGreaterThan(150);
      const renamed = [
        'import { Field, InputType as In, ObjectType as Out } from "type-graphql";',
        "@Out() class Payload { @Field() id!: string }",
        "@In() class Input {}",
      ].join("\n");
      expect(declarations("sample.ts", renamed)).toEqual({ decorators: ["ObjectType", "Field", "InputType"], resolvesReferences: false });
      for (const reference of [
        "export const taskReference = { __resolveReference: (r: { id: string }) => r };",
        'export const taskReference = { "__resolveReference": (r: { id: string }) => r };',
        "export const taskReference = { __resolveReference(r: { id: string }) { return r; } };",
        "resolvers.Task = { ['__resolveReference']: load };",
      ]) {
        expect(declarations("sample.ts", reference).resolvesReferences, reference).toBe(true);
      }
      expect(declarations("sample.ts", "// __resolveReference, in a comment").resolvesReferences).toBe(false);
    });

    it("keeps output types (payloads) out of *.inputs.ts and input types out of *.types.ts", () => {
      const isInputs = (file: string) => file.endsWith(".inputs.ts");
      const offenders = sources
        .filter(
          ({ file, decorators }) =>
            (isInputs(file) && decorators.some((name) => OUTPUT_DECORATORS.has(name))) ||
            (file.endsWith(".types.ts") && decorators.some((name) => INPUT_DECORATORS.has(name))),
        )
        .map(({ file }) => file);
      expect(offenders).toEqual([]);
    });

    it("keeps reference resolvers (__resolveReference) in <type>.reference.ts", () => {
      const offenders = sources
        .filter(({ file, resolvesReferences }) => resolvesReferences && !file.endsWith(".reference.ts"))
        .map(({ file }) => file);
      expect(offenders).toEqual([]);
    });
  });
});
