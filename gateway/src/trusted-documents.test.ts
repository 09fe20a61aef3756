import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTrustedManifest } from "./trusted-documents.js";

const ME = "query Me { me { id } }";
const PROJECTS = "query Projects { projects { totalCount } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A manifest file as codegen writes it (hash → document), in a folder of its own. */
function manifestFile(entries: Record<string, string>): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "plateau-manifest-")), "persisted-documents.json");
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

describe("readTrustedManifest", () => {
  it("reads entries whose hash is their document's sha256, with or without the sha256: prefix", () => {
    const entries = { [`sha256:${sha256(ME)}`]: ME, [sha256(PROJECTS)]: PROJECTS };
    expect(readTrustedManifest(manifestFile(entries))).toEqual(entries);
  });

  it("refuses a manifest with an entry whose hash is not its document's", () => {
    // The Me document under the Projects document's hash: trusting it would run another operation than the one a client names.
    const file = manifestFile({ [`sha256:${sha256(ME)}`]: ME, [`sha256:${sha256(PROJECTS)}`]: ME });
    expect(() => readTrustedManifest(file)).toThrow(`${file}: sha256:${sha256(PROJECTS)} is not the sha256 of its document`);
  });

  it("refuses an entry whose document was edited after its hash was taken", () => {
    const file = manifestFile({ [sha256(ME)]: `${ME} ` });
    expect(() => readTrustedManifest(file)).toThrow(/is not the sha256 of its document/);
  });
});
