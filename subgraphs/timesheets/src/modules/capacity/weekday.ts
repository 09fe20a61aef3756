import { registerEnumType } from "type-graphql";
import type { IsoWeekday } from "./capacity.calc.js";

/** A day of the week, as the API names it. */
export enum Weekday {
  MONDAY = "MONDAY",
  TUESDAY = "TUESDAY",
  WEDNESDAY = "WEDNESDAY",
  THURSDAY = "THURSDAY",
  FRIDAY = "FRIDAY",
  SATURDAY = "SATURDAY",
  SUNDAY = "SUNDAY",
}

registerEnumType(Weekday, {
  name: "Weekday",
  description: "A day of the week.",
  valuesConfig: Object.fromEntries(Object.values(Weekday).map((day) => [day, { description: day[0] + day.slice(1).toLowerCase() + "." }])),
});

const ORDER = Object.values(Weekday);

/** The ISO weekday (1 Monday … 7 Sunday) of a Weekday, as capacity.calc.ts and the database keep it. */
export const isoWeekdayOf = (day: Weekday): IsoWeekday => (ORDER.indexOf(day) + 1) as IsoWeekday;

/** The Weekday of an ISO weekday. */
export const weekdayOf = (isoWeekday: number): Weekday => ORDER[isoWeekday - 1]!;
