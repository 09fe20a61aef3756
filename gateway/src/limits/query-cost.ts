import { getComplexity, type ComplexityEstimatorArgs } from "graphql-query-complexity";
import { getNamedType, isCompositeType, isListType, getNullableType, type DocumentNode, type GraphQLSchema } from "graphql";

/** The page size a connection is charged for when the operation names neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a connection serves (docs/clients.md, "Pagination"); larger requests are charged as this. */
export const MAX_PAGE_SIZE = 100;
/** How many items a plain list (no `first`/`last`: a board's columns, a task's children) is charged for. */
export const ASSUMED_LIST_SIZE = 10;
/** What each mutation root field costs on top of its selection: a write does more than a read. */
export const MUTATION_FIELD_COST = 10;

/**
 * The static cost of an operation, in the spirit of GitHub's node limit and Shopify's query cost
 * (docs/api/limits-and-cost.md): every object the operation may return costs 1, scalars cost nothing; a
 * connection is charged for the page it asks for (`first`/`last`, 50 when absent, at most 100), so
 * nested connections multiply; a plain list of objects is charged as 10 items; a mutation field
 * costs 10 more. Computed from the document and variables alone, before anything runs
 * (graphql-query-complexity walks fragments, `@skip`/`@include` and variables).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    estimators: [estimateField],
  });
}

/**
 * Fields whose resolver computes rather than reads (a Monte Carlo simulation), charged this much on top of
 * what their shape costs, so one operation cannot ask for hundreds of them cheaply.
 */
export const FIELD_SURCHARGES: Readonly<Record<string, number>> = {
  "Project.forecast": 200,
  "PortfolioProjectAnalysis.forecast": 200,
  // The simulation again, with the milestones.
  "ProjectForecast.milestones": 200,
};

function estimateField(args: ComplexityEstimatorArgs): number {
  return (FIELD_SURCHARGES[`${args.type.name}.${args.field.name}`] ?? 0) + shapeCost(args);
}

function shapeCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 0;
  const one = 1 + childComplexity;
  if (type.name === "Mutation") return MUTATION_FIELD_COST + one;
  // A connection's `nodes`/`edges` are its page, already counted by the connection field itself.
  if (type.name.endsWith("Connection") && (field.name === "nodes" || field.name === "edges")) return one;
  // Paging metadata is not a page item: charged once, with the connection.
  if (type.name.endsWith("Connection") && field.name === "pageInfo") return 0;
  if (named.name.endsWith("Connection")) return 1 + pageSize(args) * childComplexity;
  if (isListType(getNullableType(field.type))) return ASSUMED_LIST_SIZE * one;
  return one;
}

function pageSize(args: Record<string, unknown>): number {
  const requested = [args.first, args.last].find((value): value is number => typeof value === "number");
  return Math.min(Math.max(requested ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
}
