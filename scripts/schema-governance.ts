/**
 * Schema governance: what changed in the client-facing schema (`schema/api.graphql`) since the last
 * release (`schema/released/api.graphql`), which breaking changes `schema/CHANGELOG.md` accepts, and how a
 * release moves the baseline. tests/governance/schema-compatibility.test.ts runs the check in `npm test`;
 * `npm run schema:release` (scripts/schema-release.ts) moves the baseline.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";

const root = path.resolve(import.meta.dirname, "..");

/** The files governance reads and `schema:release` writes. */
export const SCHEMA_FILES = {
  current: path.join(root, "schema/api.graphql"),
  released: path.join(root, "schema/released/api.graphql"),
  changelog: path.join(root, "schema/CHANGELOG.md"),
} as const;

const UNRELEASED_HEADING = "## Unreleased";
/** An accepted breaking change in the Unreleased section: "- BREAKING `Type.field`: why, what clients do". */
const ACCEPTED_LINE = /^- BREAKING `([^`]+)`/;

/** Every change from the released SDL to the current one, as graphql-inspector classifies it. */
export function schemaChanges(releasedSdl: string, currentSdl: string): Promise<Change[]> {
  return diff(buildSchema(releasedSdl), buildSchema(currentSdl));
}

/** The schema coordinate a change is listed by in the changelog (its type when it has no path). */
export function changePath(change: Change): string {
  return change.path ?? change.type;
}

/** The paths the changelog's Unreleased section accepts as breaking. */
export function acceptedBreakingPaths(changelog: string): Set<string> {
  const accepted = new Set<string>();
  for (const line of unreleasedSection(changelog).split("\n")) {
    const match = ACCEPTED_LINE.exec(line.trim());
    if (match) accepted.add(match[1]!);
  }
  return accepted;
}

/** The breaking changes the changelog does not accept: what must be fixed or listed before merging. */
export function unacceptedBreakingChanges(changes: Change[], changelog: string): Change[] {
  const accepted = acceptedBreakingPaths(changelog);
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && !accepted.has(changePath(change)));
}

/**
 * The changelog after a release on `date` (YYYY-MM-DD): the Unreleased section becomes the release's
 * section, with every change graphql-inspector found listed under what the authors wrote, and a new,
 * empty Unreleased section opens above it.
 */
export function releasedChangelog(changelog: string, changes: Change[], date: string): string {
  const start = changelog.indexOf(UNRELEASED_HEADING);
  if (start < 0) throw new Error(`schema/CHANGELOG.md has no "${UNRELEASED_HEADING}" section`);
  const notes = unreleasedSection(changelog).trim();
  const listed = changes.map((change) => `- ${change.message} (${change.criticality.level.toLowerCase().replace("_", "-")})`);
  const section = [`## ${date}`, notes, listed.length ? `Changes:\n\n${listed.join("\n")}` : "No schema changes."]
    .filter(Boolean)
    .join("\n\n");
  const rest = changelog.slice(start + UNRELEASED_HEADING.length + unreleasedSection(changelog).length).trimStart();
  return `${changelog.slice(0, start)}${UNRELEASED_HEADING}\n\n${section}\n${rest ? `\n${rest}` : ""}`;
}

/** The text between "## Unreleased" and the next section heading. */
function unreleasedSection(changelog: string): string {
  const start = changelog.indexOf(UNRELEASED_HEADING);
  if (start < 0) return "";
  const body = changelog.slice(start + UNRELEASED_HEADING.length);
  const next = body.search(/^## /m);
  return next < 0 ? body : body.slice(0, next);
}

/** Reads a governance file. */
export function readSchemaFile(file: string): string {
  return readFileSync(file, "utf8");
}
