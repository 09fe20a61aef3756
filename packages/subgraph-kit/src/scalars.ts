import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseLocalDate(value: unknown): string {
  if (typeof value !== "string")
    throw new GraphQLError("Date must be a string in the form YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
  const match = DATE_PATTERN.exec(value);
  let date: Date | undefined;
  if (match) {
    date = new Date(0);
    // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
    date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  }
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`"${value}" is not a calendar date (YYYY-MM-DD)`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

/**
 * A calendar date without time or zone (ISO 8601 `YYYY-MM-DD`): planned starts, due dates, work days.
 * Kept as the string itself, so no time zone can shift it.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseLocalDate(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError("Date must be a string in the form YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return parseLocalDate(ast.value);
  },
});

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` days after `date` (YYYY-MM-DD; before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the ISO week (Monday to Sunday) that holds `date` (YYYY-MM-DD). */
export function weekStartOf(date: string): string {
  const weekday = (new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** Today's date in UTC as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
