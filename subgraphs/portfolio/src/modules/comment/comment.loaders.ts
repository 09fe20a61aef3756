import { entityLoader, requireWorkspaceId } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { keyedPagesLoader } from "@plateau/subgraph-kit";
import { Comment } from "./comment.entity.js";

function create(ctx: PortfolioContext) {
  return {
    comment: entityLoader(ctx.em, Comment),
    /** Each task's comments, oldest first: three statements for any number of tasks. */
    byTask: keyedPagesLoader(ctx.em, requireWorkspaceId(ctx), {
      entity: Comment,
      table: "portfolio.comment",
      keyColumn: "task_id",
      timeColumn: "created_at",
      direction: "asc",
    }),
  };
}

const perRequest = new WeakMap<object, ReturnType<typeof create>>();

/** The comment module's request-scoped loaders, kept with the request's context (like dependency.loaders.ts). */
export function commentLoaders(ctx: PortfolioContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
