import { afterAll, beforeAll, expect, it } from "vitest";
import { startSubgraph, type RunningSubgraph } from "@plateau/subgraph-kit";
import { createTestTokens, execute, workerDatabaseUrl, type TestTokens } from "@plateau/test-kit";
import { uuidv7 } from "@plateau/kernel";
import { portfolio } from "../src/index.js";

let app: RunningSubgraph;
let tokens: TestTokens;
beforeAll(async () => {
  tokens = await createTestTokens();
  app = await startSubgraph(portfolio, { database: { url: await workerDatabaseUrl() }, tokenKeys: tokens.tokenKeys, tokenAudience: tokens.audience });
});
afterAll(() => app?.close());

it("smoke", async () => {
  const token = await tokens.forRole(uuidv7(), "OWNER");
  const created = await execute(app.url, `mutation { createProject(input: { name: "A", key: "AA" }) { project { id name version progress } } }`, { token });
  console.log(JSON.stringify(created));
  const id = (created.data as any).createProject.project.id;
  const t = await execute(app.url, `mutation($p: ID!) { createTask(input: { projectId: $p, title: "T", estimateHours: 4, completion: 50 }) { task { id title assignee { id } project { progress taskCount } } } }`, { token, variables: { p: id } });
  console.log(JSON.stringify(t));
  const list = await execute(app.url, `{ projects(first: 101) { totalCount } }`, { token });
  console.log(JSON.stringify(list));
  const anon = await execute(app.url, `{ projects { totalCount } }`);
  console.log(JSON.stringify(anon));
  const svc = await execute(app.url, `{ _service { sdl } }`);
  expect(svc.data).toBeTruthy();
});
