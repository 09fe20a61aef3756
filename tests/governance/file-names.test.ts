import { readdirSync } from "node:fs";
import path from "node:path";
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
});
