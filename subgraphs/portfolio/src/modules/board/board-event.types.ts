import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Task, TaskStatus } from "../task/task.entity.js";
import { User } from "../user/user.stub.js";
import { Board } from "./board.types.js";

/** What happened on a board (`boardChanged`), one kind per portfolio event the gateway turns into it. */
export enum BoardEventKind {
  CARD_CREATED = "CARD_CREATED",
  CARD_UPDATED = "CARD_UPDATED",
  CARD_MOVED = "CARD_MOVED",
  CARD_DELETED = "CARD_DELETED",
  COLUMNS_CHANGED = "COLUMNS_CHANGED",
  SUBSCRIBED = "SUBSCRIBED",
}
registerEnumType(BoardEventKind, {
  name: "BoardEventKind",
  description: "What happened on a board.",
  valuesConfig: {
    CARD_CREATED: { description: "A task was created: a new card, at `position`." },
    CARD_UPDATED: { description: "A card's task was edited; `changedFields` names the Task fields that changed." },
    CARD_MOVED: { description: "A card was moved (`moveTask`, or a new status): now at `position`, it left the `fromStatus` column." },
    CARD_DELETED: { description: "A task was deleted (each of its subtasks gets an event too); `task` is null." },
    COLUMNS_CHANGED: { description: "The board's workflow was replaced: its columns, their order, names or WIP limits. See `board`." },
    SUBSCRIBED: {
      description:
        "Only with `acknowledge: true`, always first: the subscription is live from `cursor` (pass it as `after` to resume). " +
        "Not a change: `board` is the board now; `taskId`, `task`, `position`, `fromStatus` and `actor` are null.",
    },
  },
});

/** Where a card sits in its column. */
@ObjectType({ description: "Where a card sits on a board: its column, its rank, and the cards on either side of it when it got there." })
export class CardPosition {
  @Field(() => TaskStatus, { description: "The column: cards are grouped by status." })
  status!: TaskStatus;

  @Field(() => String, { description: "The card's rank in its column (`Task.rank`): cards sort by rank, in byte order." })
  rank!: string;

  @Field(() => ID, { nullable: true, description: "The card right before it in the column; null when it is first." })
  afterTaskId!: string | null;

  @Field(() => ID, { nullable: true, description: "The card right after it in the column; null when it is last." })
  beforeTaskId!: string | null;
}

/** One change of a board, as `boardChanged` delivers it. */
@ObjectType({
  description:
    "A change on a project's board, delivered by `boardChanged`. The entity fields (`task`, `board`, `actor`) are resolved " +
    "when the event is delivered, as the subscriber: they show the data as it is then, as the subscriber may see it.",
})
export class BoardEvent {
  @Field(() => ID, { description: "The domain event's id: the same event may arrive twice after a reconnect, so dedupe by it." })
  eventId!: string;

  @Field(() => String, { description: "The event's position in the stream: pass the last one received as `after` when resubscribing." })
  cursor!: string;

  @Field(() => BoardEventKind, { description: "What happened." })
  kind!: BoardEventKind;

  @Field(() => Date, { description: "When the change was committed." })
  occurredAt!: Date;

  @Field(() => ID, { description: "The project whose board changed." })
  projectId!: string;

  @Field(() => ID, { nullable: true, description: "The card's task; null for COLUMNS_CHANGED." })
  taskId!: string | null;

  @Field(() => Task, { nullable: true, description: "The card now, as the subscriber sees it; null for CARD_DELETED and COLUMNS_CHANGED." })
  task!: Task | null;

  @Field(() => CardPosition, { nullable: true, description: "Where the card landed: CARD_CREATED and CARD_MOVED; null otherwise." })
  position!: CardPosition | null;

  @Field(() => TaskStatus, {
    nullable: true,
    description: "CARD_MOVED: the column the card left (the same as `position.status` for a move within one column).",
  })
  fromStatus!: TaskStatus | null;

  @Field(() => [String], {
    description: 'CARD_UPDATED: the Task fields that changed, e.g. `["title", "dueDate"]`; empty for the other kinds.',
  })
  changedFields!: string[];

  @Field(() => Board, { nullable: true, description: "COLUMNS_CHANGED: the board now; null for the other kinds." })
  board!: Board | null;

  @Field(() => User, { nullable: true, description: "Who made the change; null for changes the system made." })
  actor!: User | null;
}
