import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen.js";
import { composeSubgraphArtifacts, SCHEMA_DIR } from "../scripts/composition.js";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(file, "utf8");

/**
 * The committed SDLs, supergraph and typed client are what the code produces: a change to a type,
 * field or operation without `npm run compose && npm run codegen` fails here.
 */
describe("generated artefacts", () => {
  it("schema/ matches the subgraphs' code (run `npm run compose`)", async () => {
    const artifacts = await composeSubgraphArtifacts();
    for (const [file, content] of Object.entries(artifacts)) {
      expect(read(path.join(SCHEMA_DIR, file)), `schema/${file} is stale: run npm run compose`).toBe(content);
    }
  }, 60_000);

  it("the generated client matches the schema and operations (run `npm run codegen`)", async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(read(path.resolve(root, output.filename)), `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 60_000);
});
