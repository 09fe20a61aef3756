/**
 * `npm run compose`: prints every subgraph's SDL into `schema/<name>.graphql` and composes
 * `schema/supergraph.graphql`. `--check` writes nothing and exits 1 when the committed files differ
 * from what the code produces (the drift test runs the same comparison).
 */
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { composeSubgraphArtifacts, SCHEMA_DIR } from "./composition.js";

const check = process.argv.includes("--check");
const artifacts = await composeSubgraphArtifacts();
let stale = 0;
for (const [file, content] of Object.entries(artifacts)) {
  const target = path.join(SCHEMA_DIR, file);
  let current: string | undefined;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  stale++;
  if (check) console.error(`stale: schema/${file}`);
  else {
    writeFileSync(target, content);
    console.log(`wrote schema/${file}`);
  }
}
if (check && stale > 0) {
  console.error("Run `npm run compose` and commit the result.");
  process.exit(1);
}
if (!check && stale === 0) console.log("schema/ is up to date");
