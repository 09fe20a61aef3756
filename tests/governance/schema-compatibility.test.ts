import { describe, expect, it } from "vitest";
import {
  acceptedBreakingPaths,
  changePath,
  readSchemaFile,
  releasedChangelog,
  schemaChanges,
  SCHEMA_FILES,
  unacceptedBreakingChanges,
} from "../../scripts/schema-governance.js";

const released = `
type Query {
  "A project by id."
  project(id: ID!): Project
}
"A project."
type Project {
  "Its id."
  id: ID!
  "Its name."
  name: String!
  "Its code."
  key: String!
}
`;
// `key` removed (breaking), `status` added (safe).
const next = released.replace(`"Its code."\n  key: String!`, `"Its status."\n  status: String`);

const changelog = (unreleased: string) => `# Schema changelog\n\nIntro.\n\n## Unreleased\n${unreleased}\n## 2026-01-01\n\nFirst.\n`;

describe("schema governance", () => {
  it("the client-facing schema has no breaking change since the last release that schema/CHANGELOG.md does not accept", async () => {
    const changes = await schemaChanges(readSchemaFile(SCHEMA_FILES.released), readSchemaFile(SCHEMA_FILES.current));
    const unaccepted = unacceptedBreakingChanges(changes, readSchemaFile(SCHEMA_FILES.changelog)).map(
      (change) => `${changePath(change)}: ${change.message}`,
    );
    expect(unaccepted, "list each under Unreleased in schema/CHANGELOG.md as - BREAKING `path`: why, or keep the old shape").toEqual([]);
  });

  it("a removed field is breaking until the Unreleased section lists its path", async () => {
    const changes = await schemaChanges(released, next);
    expect(unacceptedBreakingChanges(changes, changelog("\n")).map(changePath)).toEqual(["Project.key"]);
    expect(unacceptedBreakingChanges(changes, changelog("\n- BREAKING `Project.key`: use `status`.\n"))).toEqual([]);
  });

  it("reads accepted paths from the Unreleased section only", () => {
    const text = `${changelog("\n- BREAKING `Project.key`: gone.\n")}\n- BREAKING \`Project.name\`: an older release's.\n`;
    expect([...acceptedBreakingPaths(text)]).toEqual(["Project.key"]);
  });

  it("a release dates the Unreleased section, lists the changes and opens an empty one", async () => {
    const changes = await schemaChanges(released, next);
    const text = releasedChangelog(changelog("\n- BREAKING `Project.key`: use `status`.\n"), changes, "2026-12-24");
    expect(text).toBe(
      [
        "# Schema changelog\n\nIntro.\n\n## Unreleased\n\n## 2026-12-24\n\n- BREAKING `Project.key`: use `status`.\n\nChanges:\n",
        ...changes.map((change) => `- ${change.message} (${change.criticality.level === "BREAKING" ? "breaking" : "non-breaking"})`),
        "\n## 2026-01-01\n\nFirst.\n",
      ].join("\n"),
    );
    expect(acceptedBreakingPaths(text).size).toBe(0);
  });
});
