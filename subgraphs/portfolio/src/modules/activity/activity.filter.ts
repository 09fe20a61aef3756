import { parseId } from "@plateau/subgraph-kit";
import type { ActivityFilter } from "./activity.inputs.js";
import type { SqlCondition } from "@plateau/subgraph-kit";

const arrayLiteral = (values: string[]) => `{${values.map((value) => `"${value.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

/** The SQL conditions (table `t`) of an activity filter; ids are checked (BAD_USER_INPUT naming the field). */
export function activityConditions(filter: ActivityFilter | null | undefined, path = "filter"): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter?.field) {
    const { eq, in: anyOf, contains } = filter.field;
    if (eq !== undefined && eq !== null) conditions.push({ sql: "t.field = ?", params: [eq] });
    if (anyOf) conditions.push({ sql: "t.field = any(?::text[])", params: [arrayLiteral(anyOf)] });
    if (contains) conditions.push({ sql: "t.field ilike ?", params: [`%${contains.replace(/[\\%_]/g, "\\$&")}%`] });
  }
  if (filter?.actorId) {
    const { eq, in: anyOf, isNull } = filter.actorId;
    if (eq !== undefined && eq !== null) conditions.push({ sql: "t.actor_id = ?", params: [parseId(eq, `${path}.actorId.eq`)] });
    if (anyOf) {
      const ids = anyOf.map((id, index) => parseId(id, `${path}.actorId.in[${index}]`));
      conditions.push({ sql: "t.actor_id = any(?::uuid[])", params: [arrayLiteral(ids)] });
    }
    if (isNull !== undefined && isNull !== null) conditions.push({ sql: `t.actor_id is ${isNull ? "" : "not "}null`, params: [] });
  }
  if (filter?.occurredAt) {
    const bounds = { lt: "<", lte: "<=", gt: ">", gte: ">=" } as const;
    for (const [name, operator] of Object.entries(bounds)) {
      const value = filter.occurredAt[name as keyof typeof bounds];
      if (value) conditions.push({ sql: `t.occurred_at ${operator} ?::timestamptz`, params: [value.toISOString()] });
    }
    const { isNull } = filter.occurredAt;
    if (isNull !== undefined && isNull !== null) conditions.push({ sql: `t.occurred_at is ${isNull ? "" : "not "}null`, params: [] });
  }
  filter?.and?.forEach((inner, index) => conditions.push(...activityConditions(inner, `${path}.and[${index}]`)));
  if (filter?.or && filter.or.length > 0) {
    const branches = filter.or.map((inner, index) => allOf(activityConditions(inner, `${path}.or[${index}]`)));
    conditions.push({ sql: branches.map((branch) => `(${branch.sql})`).join(" or "), params: branches.flatMap((branch) => branch.params) });
  }
  return conditions;
}

/** Conditions that must all hold, as one (`true` for none). */
function allOf(conditions: SqlCondition[]): SqlCondition {
  if (conditions.length === 0) return { sql: "true", params: [] };
  return {
    sql: conditions.map((condition) => `(${condition.sql})`).join(" and "),
    params: conditions.flatMap((condition) => condition.params),
  };
}
