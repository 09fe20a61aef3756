import http from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt } from "jose";

/**
 * Identity as portfolio meets it when it checks a project's team: `_entities` for `Team`, answered as
 * the caller (the token's workspace) — a team of another workspace or of none is null. The real
 * identity needs workspaces and its own keys; these tests only need its answer, so this small server
 * gives it for the teams a test registers.
 */
export interface FakeIdentityTeams {
  url: string;
  /** Registers team `teamId` in `workspaceId`. */
  addTeam(workspaceId: string, teamId: string): void;
  close(): Promise<void>;
}

export async function startFakeIdentityTeams(): Promise<FakeIdentityTeams> {
  const teams = new Map<string, string>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      const workspaceId = token ? (decodeJwt(token).wid as string | undefined) : undefined;
      const { variables } = JSON.parse(body || "{}") as { variables?: Record<string, unknown> };
      const representations = (Object.values(variables ?? {}).find(Array.isArray) ?? []) as { __typename: string; id: string }[];
      const entities = representations.map((representation) =>
        representation.__typename === "Team" && workspaceId && teams.get(representation.id) === workspaceId
          ? { __typename: "Team", id: representation.id }
          : null,
      );
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    addTeam: (workspaceId, teamId) => void teams.set(teamId, workspaceId),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
