/**
 * `npm run schema:release`: makes the current client-facing schema the released baseline. Copies
 * schema/api.graphql to schema/released/api.graphql and turns schema/CHANGELOG.md's Unreleased section
 * into today's release, listing every change since the previous baseline, under a new empty Unreleased.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readSchemaFile, releasedChangelog, schemaChanges, SCHEMA_FILES } from "./schema-governance.js";

const current = readSchemaFile(SCHEMA_FILES.current);
const released = readSchemaFile(SCHEMA_FILES.released);
const changes = await schemaChanges(released, current);
const date = new Date().toISOString().slice(0, 10);

mkdirSync(path.dirname(SCHEMA_FILES.released), { recursive: true });
writeFileSync(SCHEMA_FILES.released, current);
writeFileSync(SCHEMA_FILES.changelog, releasedChangelog(readSchemaFile(SCHEMA_FILES.changelog), changes, date));
console.log(
  `released the schema of ${date}: ${changes.length} change(s) since the previous baseline; schema/CHANGELOG.md has a new Unreleased section`,
);
