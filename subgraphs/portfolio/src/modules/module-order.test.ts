import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Portfolio's modules depend one way: project, then task, then board and milestone, then timeline
 * and overview. A module imports from its own layer or the layers below; a piece two modules share
 * lives in the lower one, and an upper module that must react to a lower one's change does so
 * without the lower one importing it. (Modules not listed here are not ordered yet.)
 */
const LAYERS: readonly (readonly string[])[] = [["project"], ["task"], ["board", "milestone"], ["timeline", "overview"]];

/**
 * Imports that still run up the order, `from -> to` (source file, then imported file), to be
 * removed, never added to. The test fails when one of them is gone, so the list only shrinks.
 */
const KNOWN_UPWARD = new Set<string>([]);

const MODULES = path.resolve(import.meta.dirname);
const layerOf = (module: string): number => LAYERS.findIndex((layer) => layer.includes(module));

/** Every `from -> to` import between two ordered modules whose target sits in a higher layer. */
function upwardImports(): string[] {
  const found: string[] = [];
  for (const module of LAYERS.flat()) {
    for (const file of readdirSync(path.join(MODULES, module)).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(path.join(MODULES, module, file), "utf8");
      for (const [, target, imported] of source.matchAll(/from "\.\.\/([a-z-]+)\/([^"]+)"/g)) {
        if (layerOf(target!) > layerOf(module)) found.push(`${module}/${file} -> ${target}/${imported}`);
      }
    }
  }
  return found.sort();
}

describe("portfolio module order", () => {
  it("has no import running up the order besides the known ones", () => {
    expect(upwardImports().filter((entry) => !KNOWN_UPWARD.has(entry))).toEqual([]);
  });

  it("keeps the known list current: an upward import that is gone leaves it", () => {
    expect([...KNOWN_UPWARD].filter((entry) => !upwardImports().includes(entry))).toEqual([]);
  });
});
