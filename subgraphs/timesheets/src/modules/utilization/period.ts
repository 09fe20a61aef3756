import { Field, InputType } from "type-graphql";
import { errors } from "@plateau/kernel";
import { daysBetween, LocalDate } from "@plateau/subgraph-kit";

/** The longest period a report covers: two years (731 days, a leap day included). */
export const MAX_PERIOD_DAYS = 731;

@InputType({ description: `A span of days, both included: at most ${MAX_PERIOD_DAYS} days (two years).` })
export class PeriodInput {
  @Field(() => LocalDate, { description: "The first day." }) from!: string;
  @Field(() => LocalDate, { description: "The last day, not before `from`." }) to!: string;
}

/** A checked period. */
export interface Period {
  from: string;
  to: string;
}

/** The period, checked: `from` ≤ `to`, at most {@link MAX_PERIOD_DAYS} days; BAD_USER_INPUT naming `period.to` otherwise. */
export function checkPeriod(period: PeriodInput, field = "period"): Period {
  if (period.to < period.from) throw errors.invalidField(`${field}.to`, `must not be before ${field}.from (${period.from})`);
  const days = daysBetween(period.from, period.to) + 1;
  if (days > MAX_PERIOD_DAYS)
    throw errors.invalidField(`${field}.to`, `the period may cover at most ${MAX_PERIOD_DAYS} days (two years), got ${days}`);
  return { from: period.from, to: period.to };
}
