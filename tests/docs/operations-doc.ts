import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The tables of docs/operations.md as tests read them: the doc's own test (operations-doc.test.ts) and
 * the deployment files' tests, which accept a variable left unset only where the doc calls it optional.
 */

export const DOC = "docs/operations.md";
const doc = readFileSync(path.resolve(import.meta.dirname, "../..", DOC), "utf8");

/** The whole doc. */
export const operationsDoc = doc;

/** A heading's section of the doc: its text up to the next heading of the same or a higher level. */
export function section(heading: string): string {
  const lines = doc.split("\n");
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, "") === heading);
  if (start < 0) throw new Error(`${DOC} has no heading "${heading}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** Each variable a section's tables list (the backticked UPPER_CASE names in a row's first cell), with its row's cells. */
export function tableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split("\n").filter((candidate) => candidate.startsWith("|"))) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    for (const match of (cells[0] ?? "").matchAll(/`([A-Z][A-Z0-9_]*)`/g)) rows.set(match[1]!, cells);
  }
  return rows;
}

/** The variables a section's tables list. */
export const documentedIn = (text: string) => new Set(tableRows(text).keys());
