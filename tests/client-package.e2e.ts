import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildProject, buildWorkspaceWithTeam, TEST_PASSWORD } from "@plateau/test-kit";
import type { RunningGraph } from "../scripts/graph.js";
import { startTestGraph } from "./harness.js";

/**
 * The typed client as an SPA team gets it: `npm pack` of packages/client, installed from the tarball into
 * a project outside the workspace (so nothing resolves through the workspace's sources or node_modules),
 * then tests/client-package/consumer.ts type-checked with the repository's tsc and run with Node against
 * the running graph. npm runs the package's prepack build with the workspace's Node and tsc, which its
 * scripts find in node_modules/.bin.
 */
const execFileAsync = promisify(execFile);

/** Runs a command; on failure the error carries its output (tsc reports on stdout). */
async function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ stdout: string }> {
  try {
    return await execFileAsync(file, args, options);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: error });
  }
}
const root = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "plateau-client-package-"));
const app = path.join(scratch, "app");

let graph: RunningGraph;
let packedFiles: string[];

/** Packs the client (its prepack builds dist/) and installs the tarball into a fresh project in `app`. */
async function packAndInstall(): Promise<string[]> {
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: path.join(root, "packages/client") });
  // prepack's own output comes before npm's JSON report.
  const [report] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  mkdirSync(app);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "spa", private: true, type: "module" }));
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", path.join(scratch, report!.filename)], { cwd: app });
  return report!.files.map((file) => file.path);
}

beforeAll(async () => {
  [graph, packedFiles] = await Promise.all([startTestGraph(), packAndInstall()]);
});
afterAll(async () => {
  await graph?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the packed typed client", () => {
  it("ships built code, types and the persisted-document manifest, without TypeScript sources", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining(["README.md", "package.json", "dist/index.js", "dist/index.d.ts", "src/generated/persisted-documents.json"]),
    );
    expect(packedFiles.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
  });

  it("type-checks and runs in a project outside the workspace: sign-in, a query, a persisted query by hash", async () => {
    const url = graph.gateway.url;
    const team = await buildWorkspaceWithTeam(url);
    const project = await buildProject(url, team.MANAGER.token, { name: "Packed client rollout" });

    copyFileSync(path.join(root, "tests/client-package/consumer.ts"), path.join(app, "consumer.ts"));
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2023",
          lib: ["ES2023"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          outDir: "out",
          // Node's types from the repository: the scratch project installs only the tarball.
          typeRoots: [path.join(root, "node_modules/@types")],
          types: ["node"],
        },
        files: ["consumer.ts"],
      }),
    );
    await run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", app], { cwd: app });

    const { stdout } = await run(process.execPath, [path.join(app, "out/consumer.js")], {
      cwd: app,
      env: { ...process.env, PLATEAU_URL: url, PLATEAU_EMAIL: team.owner.email, PLATEAU_PASSWORD: TEST_PASSWORD },
    });
    expect(JSON.parse(stdout)).toEqual({
      signedInAs: "Olivia Owner",
      workspaceId: team.workspaceId,
      projectNames: [project.name],
      unselected: null,
      meHashInManifest: true,
      persistedStatus: 200,
      persistedEmail: team.owner.email,
    });
  }, 120_000);
});
