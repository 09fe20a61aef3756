import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { nullIfNotFound } from "@plateau/subgraph-kit";
import type { PortfolioContext } from "../../context.js";
import { Project } from "../project/project.entity.js";
import { BoardFilter, MoveTaskInput, UpdateWorkflowInput } from "./board.inputs.js";
import { boardService } from "./board.service.js";
import { Board, BoardColumn, MoveTaskPayload, UpdateWorkflowPayload } from "./board.types.js";
import { moveTask } from "./move-task.service.js";

@Resolver(() => Board)
export class BoardResolver {
  @Query(() => Board, { nullable: true, description: "A project's Kanban board; null when the workspace has no such project." })
  board(
    @Arg("projectId", () => ID, { description: "The project whose board to show." }) projectId: string,
    @Arg("filter", () => BoardFilter, { nullable: true, description: "Which cards to show; omit for all." })
    filter: BoardFilter | undefined,
    @Ctx() ctx: PortfolioContext,
  ): Promise<Board | null> {
    return nullIfNotFound(boardService.get(ctx, projectId, filter));
  }

  @Mutation(() => UpdateWorkflowPayload, { description: "Replaces a project's workflow: the board's columns, their order and WIP limits." })
  async updateWorkflow(
    @Arg("input", () => UpdateWorkflowInput, { description: "The project and its new columns." }) input: UpdateWorkflowInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<UpdateWorkflowPayload> {
    return { board: await boardService.updateWorkflow(ctx, input) };
  }

  @Mutation(() => MoveTaskPayload, { description: "Moves a card on its project's board: to a column, and a place in it." })
  async moveTask(
    @Arg("input", () => MoveTaskInput, { description: "The card, its target column and where in it." }) input: MoveTaskInput,
    @Ctx() ctx: PortfolioContext,
  ): Promise<MoveTaskPayload> {
    return { task: await moveTask(ctx, input) };
  }

  @FieldResolver(() => Project, { description: "The project the board belongs to." })
  async project(@Root() board: Board, @Ctx() ctx: PortfolioContext): Promise<Project> {
    return (await ctx.loaders.project.load(board.id))!;
  }

  @FieldResolver(() => [BoardColumn], { description: "The workflow's columns in order, each with its cards in rank order." })
  columns(@Root() board: Board, @Ctx() ctx: PortfolioContext): Promise<BoardColumn[]> {
    return boardService.columns(ctx, board);
  }
}
