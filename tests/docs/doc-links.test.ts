import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The docs stay reachable: every relative link in the Markdown files leads to a file (and heading) that
 * exists, every `docs/….md` a code comment cites exists, and no comment cites a document outside the
 * repository or an issue number (the knowledge lives in docs/).
 */

const root = path.resolve(import.meta.dirname, "../..");
const SKIPPED = new Set(["node_modules", ".git", ".turbo", "dist", ".data", "generated"]);

/** Files under `dir` (relative to the root) whose names end with one of `suffixes`. */
function filesUnder(dir: string, suffixes: string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(relative, suffixes));
    else if (suffixes.some((suffix) => entry.name.endsWith(suffix))) found.push(relative);
  }
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(path.join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((match) => slug(match[1]!)));
}

const markdown = [...filesUnder(".", [".md"])].filter((file) => !file.startsWith(".ci"));
const code = [
  ...["packages", "subgraphs", "gateway", "scripts", "bench", "tests"].flatMap((dir) => filesUnder(dir, [".ts"])),
  "vitest.config.ts",
  "docker-compose.yml",
  "Dockerfile",
];

describe("links in the docs", () => {
  it.each(markdown)("%s links only to files and headings that exist", (file) => {
    const text = readFileSync(path.join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
    const broken = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target))
      .filter((target) => {
        const [pathPart, anchor] = target.split("#") as [string, string | undefined];
        const resolved = pathPart === "" ? file : path.join(path.dirname(file), pathPart);
        if (!existsSync(path.join(root, resolved))) return true;
        return anchor !== undefined && resolved.endsWith(".md") && !anchorsOf(resolved).has(anchor);
      });
    expect(broken, `${file}: fix these links`).toEqual([]);
  });
});

describe("documents cited by the code", () => {
  it("exist", () => {
    const missing = code.flatMap((file) =>
      [...readFileSync(path.join(root, file), "utf8").matchAll(/\b((?:docs\/[\w./-]+|CONTRIBUTING)\.md)\b/g)]
        .map((match) => match[1]!)
        .filter((cited) => !existsSync(path.join(root, cited)))
        .map((cited) => `${file}: ${cited}`),
    );
    expect(missing).toEqual([]);
  });

  it("are in the repository, never outside it or in an issue tracker", () => {
    const outside = code.flatMap((file) =>
      readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /\b(ARCHITECTURE|STACK|STYLE)\.md\b|\.\.\/shared\//.test(line) || /\bissue #?\d+/i.test(line)
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(outside, "cite the document in docs/ instead").toEqual([]);
  });
});
