import { Field, Float, ID, InputType, Int, registerEnumType, type ClassType } from "type-graphql";
import { errors, isUuid } from "@plateau/kernel";
import { LocalDate } from "./scalars.js";

@InputType({ description: "Matches an ID." })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: "The reference is this id." }) eq?: string;
  @Field(() => [ID], { nullable: true, description: "The reference is one of these ids." }) in?: string[];
  @Field(() => Boolean, { nullable: true, description: "true: the reference is unset; false: it is set." }) isNull?: boolean;
}

@InputType({ description: "Matches a string." })
export class StringFilter {
  @Field(() => String, { nullable: true, description: "Exactly this value (case-sensitive)." }) eq?: string;
  @Field(() => [String], { nullable: true, description: "Exactly one of these values (case-sensitive)." }) in?: string[];
  @Field(() => String, { nullable: true, description: "Case-insensitive substring." }) contains?: string;
}

@InputType({ description: "Matches an ISO 8601 date-time." })
export class DateTimeFilter {
  @Field(() => Date, { nullable: true, description: "Strictly before this instant." }) lt?: Date;
  @Field(() => Date, { nullable: true, description: "At or before this instant." }) lte?: Date;
  @Field(() => Date, { nullable: true, description: "Strictly after this instant." }) gt?: Date;
  @Field(() => Date, { nullable: true, description: "At or after this instant." }) gte?: Date;
  @Field(() => Boolean, { nullable: true, description: "true: the value is unset; false: it is set." }) isNull?: boolean;
}

@InputType({ description: "Matches a calendar date." })
export class DateFilter {
  @Field(() => LocalDate, { nullable: true, description: "On this day (YYYY-MM-DD)." }) eq?: string;
  @Field(() => LocalDate, { nullable: true, description: "Strictly before this day." }) lt?: string;
  @Field(() => LocalDate, { nullable: true, description: "On or before this day." }) lte?: string;
  @Field(() => LocalDate, { nullable: true, description: "Strictly after this day." }) gt?: string;
  @Field(() => LocalDate, { nullable: true, description: "On or after this day." }) gte?: string;
  @Field(() => Boolean, { nullable: true, description: "true: the date is unset; false: it is set." }) isNull?: boolean;
}

@InputType({ description: "Matches a number." })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: "Equal to this value." }) eq?: number;
  @Field(() => Float, { nullable: true, description: "Less than this value." }) lt?: number;
  @Field(() => Float, { nullable: true, description: "Less than or equal to this value." }) lte?: number;
  @Field(() => Float, { nullable: true, description: "Greater than this value." }) gt?: number;
  @Field(() => Float, { nullable: true, description: "Greater than or equal to this value." }) gte?: number;
}

@InputType({ description: "Matches an integer." })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: "Equal to this value." }) eq?: number;
  @Field(() => Int, { nullable: true, description: "Less than this value." }) lt?: number;
  @Field(() => Int, { nullable: true, description: "Less than or equal to this value." }) lte?: number;
  @Field(() => Int, { nullable: true, description: "Greater than this value." }) gt?: number;
  @Field(() => Int, { nullable: true, description: "Greater than or equal to this value." }) gte?: number;
}

/** Ordering direction for `orderBy` inputs. */
export enum SortDirection {
  ASC = "asc",
  DESC = "desc",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Which way an `orderBy` field sorts.",
  valuesConfig: { ASC: { description: "Smallest, earliest or A first." }, DESC: { description: "Largest, latest or Z first." } },
});

const enumFilters = new Map<string, ClassType>();

/** The value of an enum filter input. */
export interface EnumFilterValue<V> {
  eq?: V;
  in?: V[];
  notIn?: V[];
}

/** `XFilter { eq, in, notIn }` for a registered enum. */
export function EnumFilter<E extends Record<string, string>>(enumObject: E, name: string): ClassType<EnumFilterValue<E[keyof E]>> {
  const cached = enumFilters.get(name);
  if (cached) return cached as never;
  @InputType(`${name}Filter`, { description: `Matches a ${name}.` })
  class Filter {
    @Field(() => enumObject, { nullable: true, description: "Exactly this value." }) eq?: E[keyof E];
    @Field(() => [enumObject], { nullable: true, description: "One of these values." }) in?: E[keyof E][];
    @Field(() => [enumObject], { nullable: true, description: "None of these values." }) notIn?: E[keyof E][];
  }
  enumFilters.set(name, Filter);
  return Filter;
}

const OPERATORS: Record<string, string> = {
  eq: "$eq",
  in: "$in",
  notIn: "$nin",
  lt: "$lt",
  lte: "$lte",
  gt: "$gt",
  gte: "$gte",
};

type FieldFilter = Record<string, unknown>;

/** Maps a filter's GraphQL field names to entity property names where they differ. */
export type FilterFieldMap = Record<string, string>;

/**
 * Turns a typed filter input (`{ status: { in: [...] }, and: [...], or: [...] }`) into a MikroORM
 * where-clause. ID operands are checked to be UUIDs; a bad one is BAD_USER_INPUT naming its path.
 */
export function filterToWhere(filter: object | null | undefined, path = "filter", fields: FilterFieldMap = {}): Record<string, unknown> {
  if (!filter) return {};
  const where: Record<string, unknown> = {};
  const and: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === "and" || key === "or") {
      const parts = (value as object[]).map((part, index) => filterToWhere(part, `${path}.${key}[${index}]`, fields));
      if (key === "and") and.push(...parts);
      else and.push({ $or: parts });
      continue;
    }
    where[fields[key] ?? key] = fieldCondition(value as FieldFilter, `${path}.${key}`);
  }
  if (and.length > 0) where.$and = and;
  return where;
}

function fieldCondition(filter: FieldFilter, path: string): Record<string, unknown> {
  const condition: Record<string, unknown> = {};
  const isId = filter instanceof IdFilter;
  for (const [op, operand] of Object.entries(filter)) {
    if (operand === undefined || operand === null) continue;
    if (isId && (op === "eq" || op === "in")) {
      for (const value of Array.isArray(operand) ? operand : [operand]) {
        if (!isUuid(value)) throw errors.invalidField(`${path}.${op}`, `"${String(value)}" is not a valid ID`);
      }
    }
    if (op === "isNull") condition[operand ? "$eq" : "$ne"] = null;
    else if (op === "contains") condition.$ilike = `%${String(operand).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    else if (OPERATORS[op]) condition[OPERATORS[op]] = operand;
  }
  return condition;
}
