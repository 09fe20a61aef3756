/**
 * An SPA team's first file against the packed `@plateau/client`: tests/client-package.e2e.ts installs the
 * tarball into a scratch project outside the workspace, type-checks this file with the repository's tsc
 * and runs it with Node. It signs in, runs a typed query, then a persisted query sent by hash alone, and
 * prints what it saw as one JSON line.
 */
import { dataOf, documentHash, execute, LoginDocument, MeDocument, ProjectsPageDocument } from "@plateau/client";
import manifest from "@plateau/client/persisted-documents.json" with { type: "json" };

const url = required("PLATEAU_URL");
const { login } = dataOf(
  await execute(url, LoginDocument, { variables: { input: { email: required("PLATEAU_EMAIL"), password: required("PLATEAU_PASSWORD") } } }),
);
if (!login.accessToken) throw new Error("sign-in asked for a second factor");
const token = login.accessToken;

const { projects } = dataOf(await execute(url, ProjectsPageDocument, { token, variables: { first: 10 } }));
// The generated types are real, not `any`: a field the document does not select is a compile error.
// @ts-expect-error ProjectsPage does not select `budget`
const unselected: unknown = projects.nodes[0]?.budget;

const meHash = documentHash(MeDocument);
const persisted = await execute(url, MeDocument, { token, persisted: true });

console.log(
  JSON.stringify({
    signedInAs: login.user?.name,
    workspaceId: login.workspaceId,
    projectNames: projects.nodes.map((project) => project.name),
    unselected: unselected ?? null,
    meHashInManifest: meHash !== undefined && `sha256:${meHash}` in manifest,
    persistedStatus: persisted.status,
    persistedEmail: dataOf(persisted).me?.email,
  }),
);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
