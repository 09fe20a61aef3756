import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Where a module's GraphQL types live (CONTRIBUTING, naming): input and argument types in
 * `<thing>.inputs.ts`, payloads, connections and other output objects in `<thing>.types.ts`, and a
 * resolver file declares neither, only resolvers.
 */
const MODULES = path.resolve(import.meta.dirname);

/** What declares a GraphQL type of either kind. */
const INPUT = /@(InputType|ArgsType)\(/;
const OUTPUT = /@ObjectType\(|= Connection\(/;

/** The module files whose name ends with `suffix` that declare a type `kind` matches, as `module/file`. */
function filesDeclaring(suffix: string, kind: RegExp): string[] {
  return readdirSync(MODULES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(MODULES, entry.name))
        .filter((file) => file.endsWith(suffix) && kind.test(readFileSync(path.join(MODULES, entry.name, file), "utf8")))
        .map((file) => `${entry.name}/${file}`),
    )
    .sort();
}

describe("portfolio module files", () => {
  it("declare inputs in *.inputs.ts only", () => {
    expect(filesDeclaring(".types.ts", INPUT)).toEqual([]);
    expect(filesDeclaring(".resolver.ts", INPUT)).toEqual([]);
  });

  it("declare payloads and other output objects in *.types.ts, not beside the inputs or the resolvers", () => {
    expect(filesDeclaring(".inputs.ts", OUTPUT)).toEqual([]);
    expect(filesDeclaring(".resolver.ts", OUTPUT)).toEqual([]);
  });

  it("sees the declarations it judges", () => {
    expect(filesDeclaring(".inputs.ts", INPUT)).toContain("task/task.inputs.ts");
    expect(filesDeclaring(".types.ts", OUTPUT)).toContain("task/task.types.ts");
  });
});
