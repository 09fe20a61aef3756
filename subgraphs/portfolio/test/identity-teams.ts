import http from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt } from "jose";

/**
 * Identity as portfolio meets it when it checks a project's team or a task's skills: `_entities` for
 * `Team` and `Skill`, answered as the caller (the token's workspace) — one of another workspace or of
 * none is null — and for `User` with the user's `skills` in the caller's workspace. The real
 * identity needs workspaces and its own keys; these tests only need its answer, so this small server
 * gives it for the teams a test registers.
 */
export interface FakeIdentityTeams {
  url: string;
  /** Registers team `teamId` in `workspaceId`. */
  addTeam(workspaceId: string, teamId: string): void;
  /** Registers skill `skillId` in `workspaceId`'s catalogue. */
  addSkill(workspaceId: string, skillId: string): void;
  /** Rates user `userId` at `level` in skill `skillId` (of `workspaceId`); `User.skills` lists the ratings of the caller's workspace. */
  rateUser(workspaceId: string, userId: string, skillId: string, level: string): void;
  /** How many `_entities` calls asked for each typename so far. */
  calls: Map<string, number>;
  close(): Promise<void>;
}

export async function startFakeIdentityTeams(): Promise<FakeIdentityTeams> {
  const teams = new Map<string, string>();
  const skills = new Map<string, string>();
  const ratings: { workspaceId: string; userId: string; skillId: string; level: string }[] = [];
  const calls = new Map<string, number>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      const workspaceId = token ? (decodeJwt(token).wid as string | undefined) : undefined;
      const { variables } = JSON.parse(body || "{}") as { variables?: Record<string, unknown> };
      const representations = (Object.values(variables ?? {}).find(Array.isArray) ?? []) as { __typename: string; id: string }[];
      for (const typename of new Set(representations.map((representation) => representation.__typename))) {
        calls.set(typename, (calls.get(typename) ?? 0) + 1);
      }
      const entities = representations.map((representation) => {
        const { __typename, id } = representation;
        if (__typename === "User") {
          const rated = ratings.filter((rating) => rating.userId === id && workspaceId && rating.workspaceId === workspaceId);
          return { __typename, skills: rated.map((rating) => ({ level: rating.level, skill: { id: rating.skillId } })) };
        }
        const owner = __typename === "Team" ? teams.get(id) : __typename === "Skill" ? skills.get(id) : undefined;
        return workspaceId && owner === workspaceId ? { __typename, id } : null;
      });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    addTeam: (workspaceId, teamId) => void teams.set(teamId, workspaceId),
    addSkill: (workspaceId, skillId) => void skills.set(skillId, workspaceId),
    rateUser: (workspaceId, userId, skillId, level) => void ratings.push({ workspaceId, userId, skillId, level }),
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
