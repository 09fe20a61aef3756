import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * A team's utilisation as timesheets last published it (`timesheets.team.utilization_measured`), and as
 * of when: what TEAM_OVERLOAD reads for the projects of the team. One row per workspace and team,
 * written only through the conditional upsert of team-utilization.ts (a later period, or the same period
 * measured later, replaces it). Not a GraphQL type: it surfaces as a risk's `evidence`.
 */
@Entity({ tableName: "team_utilization" })
export class TeamUtilization {
  @PrimaryKey({ type: "uuid" })
  workspaceId!: string;

  /** identity's Team. */
  @PrimaryKey({ type: "uuid" })
  teamId!: string;

  @Property({ type: "date" })
  periodFrom!: string;

  @Property({ type: "date" })
  periodTo!: string;

  /** Logged hours ÷ capacity; null when the team had no capacity in the period. */
  @Property({ type: "double", nullable: true })
  utilization: number | null = null;

  @Property({ type: "double" })
  loggedHours!: number;

  @Property({ type: "double" })
  capacityHours!: number;

  @Property({ type: "integer" })
  memberCount!: number;

  /** When timesheets measured it: the event's `occurredAt`. */
  @Property({ type: "datetime" })
  asOf!: Date;

  /** The event it came from. */
  @Property({ type: "uuid" })
  eventId!: string;
}
