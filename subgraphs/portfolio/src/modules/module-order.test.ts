import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Portfolio's modules depend one way (docs/architecture.md, "Portfolio's modules"): the other
 * subgraphs' entities it points at (user, workspace) and the categories projects are filed in, then
 * project, then task, then what is built on tasks (board, milestone, dependency, comment, and the
 * activity log of them all), then the views across those (timeline, overview). A module imports from
 * its own layer or the layers below, and no two modules import each other, even through others; a
 * piece two modules share lives in the lower one, and an upper module that must react to a lower
 * one's change registers a hook with it (task-status-change.ts's `onTasksDone`, project-progress.ts's
 * `useProgressLock`) or adds its fields to the lower one's type, without the lower one importing it.
 * Every module is in exactly one layer.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["user", "workspace", "category"],
  ["project"],
  ["task"],
  ["board", "milestone", "dependency", "comment", "activity"],
  ["timeline", "overview"],
];

/**
 * Imports that still run up the order, `from -> to` (source file, then imported file), to be
 * removed, never added to. The test fails when one of them is gone, so the list only shrinks.
 */
const KNOWN_UPWARD = new Set<string>([]);

const MODULES = path.resolve(import.meta.dirname);
const layerOf = (module: string): number => LAYERS.findIndex((layer) => layer.includes(module));

/** Every module: each folder of src/modules. */
const modules = (): string[] =>
  readdirSync(MODULES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** Every import of another module, `{ module, file, target, imported }`. */
function moduleImports(): { module: string; file: string; target: string; imported: string }[] {
  return modules().flatMap((module) =>
    readdirSync(path.join(MODULES, module))
      .filter((name) => name.endsWith(".ts"))
      .flatMap((file) => {
        const source = readFileSync(path.join(MODULES, module, file), "utf8");
        return [...source.matchAll(/(?:from|import) "\.\.\/([a-z-]+)\/([^"]+)"/g)]
          .filter(([, target]) => target !== module)
          .map(([, target, imported]) => ({ module, file, target: target!, imported: imported! }));
      }),
  );
}

/** Every `from -> to` import between two modules whose target sits in a higher layer. */
function upwardImports(): string[] {
  return moduleImports()
    .filter(({ module, target }) => layerOf(target) > layerOf(module))
    .map(({ module, file, target, imported }) => `${module}/${file} -> ${target}/${imported}`)
    .sort();
}

/** The modules that import each other, directly or through others: each cycle as `a -> b -> a`. */
function cycles(): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { module, target } of moduleImports()) edges.set(module, (edges.get(module) ?? new Set()).add(target));
  const found: string[] = [];
  const visit = (path: string[]): void => {
    for (const next of edges.get(path.at(-1)!) ?? []) {
      if (next === path[0]) found.push([...path, next].join(" -> "));
      else if (!path.includes(next) && next > path[0]!) visit([...path, next]);
    }
  };
  for (const module of modules()) visit([module]);
  return found;
}

describe("portfolio module order", () => {
  it("ranks every module, once", () => {
    expect(LAYERS.flat().sort()).toEqual(modules());
  });

  it("has no import running up the order besides the known ones", () => {
    expect(upwardImports().filter((entry) => !KNOWN_UPWARD.has(entry))).toEqual([]);
  });

  it("keeps the known list current: an upward import that is gone leaves it", () => {
    expect([...KNOWN_UPWARD].filter((entry) => !upwardImports().includes(entry))).toEqual([]);
  });

  it("has no two modules importing each other, directly or through others", () => {
    expect(cycles()).toEqual([]);
  });

  it("sees the imports it judges", () => {
    expect(moduleImports()).toContainEqual({ module: "task", file: "task.entity.ts", target: "project", imported: "project.entity.js" });
  });
});
