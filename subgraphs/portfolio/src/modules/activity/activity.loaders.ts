import { requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { ActivityEntry } from "./activity-entry.entity.js";
import { keyedPagesLoader } from "@plateau/subgraph-kit";

const spec = (keyColumn: string) =>
  ({ entity: ActivityEntry, table: "portfolio.activity_entry", keyColumn, timeColumn: "occurred_at", direction: "desc" }) as const;

function create(ctx: PortfolioContext) {
  const workspaceId = requireWorkspaceId(ctx);
  return {
    /** Each task's activity, newest first. */
    byTask: keyedPagesLoader(ctx.em, workspaceId, spec("task_id")),
    /** Each project's activity (its own and its tasks', comments', milestones', dependencies'), newest first. */
    byProject: keyedPagesLoader(ctx.em, workspaceId, spec("project_id")),
  };
}

const perRequest = new WeakMap<object, ReturnType<typeof create>>();

/** The activity module's request-scoped loaders, kept with the request's context (like dependency.loaders.ts). */
export function activityLoaders(ctx: PortfolioContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
