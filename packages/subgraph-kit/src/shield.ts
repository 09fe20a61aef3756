/**
 * graphql-shield, loaded the one way that works on Node 24 (docs/stack.md): its ESM build imports
 * `util.isUndefined`, removed in Node 23, and mixing its CJS build with graphql-middleware's ESM build
 * breaks middleware generators. So: restore the helper, then load both packages' CJS builds. Every
 * subgraph imports shield through this module, so replacing shield later touches one file.
 */
import { createRequire } from "node:module";
import util from "node:util";
import { defaultFieldResolver, isIntrospectionType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type * as Shield from "graphql-shield";
/** A rule or a logic rule (`allow`, `and(…)`): what a rule map holds. */
type ShieldRule = Shield.IRule | ReturnType<typeof Shield.and>;
import {
  AppError,
  ErrorCode,
  OPERATION_ACCESS,
  ROLES_WITH,
  WorkspaceRole,
  type Access,
  type Capability,
  type Viewer,
} from "@plateau/kernel";

const legacyUtil = util as unknown as { isUndefined?: (value: unknown) => boolean };
legacyUtil.isUndefined ??= (value: unknown) => value === undefined;

const require = createRequire(import.meta.url);
const shieldModule = require("graphql-shield") as typeof Shield;

export const rule: typeof Shield.rule = shieldModule.rule;
export const allow: typeof Shield.allow = shieldModule.allow;
export const deny: typeof Shield.deny = shieldModule.deny;
export const and: typeof Shield.and = shieldModule.and;
export const or: typeof Shield.or = shieldModule.or;
export const not: typeof Shield.not = shieldModule.not;
export const chain: typeof Shield.chain = shieldModule.chain;
export const race: typeof Shield.race = shieldModule.race;
export type { IRules, IRule } from "graphql-shield";
export type { ShieldRule };

/** What every rule can read from the context. */
export interface ShieldContext {
  viewer?: Viewer;
  authError?: AppError;
}

const SAME_FOR_EVERY_READER = new WeakSet<object>();

/**
 * Marks a rule that every signed-in reader of a workspace passes or fails alike, whatever their role
 * and identity: a field guarded only by such rules answers the same for all of them (the gateway then
 * shares one resolution of a subscription event between them). Returns the rule.
 */
export function sameForEveryReader<T extends object>(rule: T): T {
  SAME_FOR_EVERY_READER.add(rule);
  return rule;
}

/** True for a rule marked {@link sameForEveryReader}, or a logic rule (`and`, `or`, …) made only of such rules. */
export function isSameForEveryReader(rule: unknown): boolean {
  if (typeof rule !== "object" || rule === null) return false;
  if (SAME_FOR_EVERY_READER.has(rule)) return true;
  const inner = (rule as { rules?: unknown }).rules;
  return Array.isArray(inner) && inner.length > 0 && inner.every(isSameForEveryReader);
}

sameForEveryReader(allow);

/** UNAUTHENTICATED: why the token was refused, or that none was sent; a matrix refusal names what it needed. */
function anonymous(ctx: ShieldContext, requiredAccess?: Access): AppError {
  const error = ctx.authError ?? new AppError(ErrorCode.UNAUTHENTICATED, "Authentication required: send a valid access token");
  return requiredAccess ? new AppError(error.code, error.message, { ...error.extensions, requiredAccess }) : error;
}

/** The request carries a valid access token. */
export const isAuthenticated: Shield.IRule = sameForEveryReader(
  rule({ cache: "contextual" })((_parent, _args, ctx: ShieldContext) => (ctx.viewer ? true : anonymous(ctx))),
);

/** The token is scoped to a workspace (tenant data is only reachable through one). */
export const inWorkspace: Shield.IRule = sameForEveryReader(
  rule({ cache: "contextual" })((_parent, _args, ctx: ShieldContext) => {
    if (!ctx.viewer) return anonymous(ctx);
    return ctx.viewer.workspaceId
      ? true
      : new AppError(ErrorCode.FORBIDDEN, "This operation needs a workspace-scoped token: call switchWorkspace first");
  }),
);

/**
 * The rule for a capability of the access matrix (one instance per capability, through accessRule:
 * shield refuses two rules of one name): a workspace-scoped token whose role has it. A
 * refusal names what it needed (`extensions.requiredAccess`) and the roles that have it.
 */
function hasCapability(capability: Capability): Shield.IRule {
  const roles = ROLES_WITH[capability];
  return rule(`access:${capability}`, { cache: "contextual" })((_parent, _args, ctx: ShieldContext) => {
    if (!ctx.viewer) return anonymous(ctx, capability);
    if (!ctx.viewer.workspaceId) {
      return new AppError(ErrorCode.FORBIDDEN, "This operation needs a workspace-scoped token: call switchWorkspace first", {
        requiredAccess: capability,
      });
    }
    if (ctx.viewer.role && roles.includes(ctx.viewer.role)) return true;
    return new AppError(ErrorCode.FORBIDDEN, `This needs the ${roles.join(", ")} role; yours is ${ctx.viewer.role ?? "none"}`, {
      requiredAccess: capability,
    });
  });
}

/** Root operations for any signed-in user, with or without a workspace in the token. */
const signedIn: Shield.IRule = rule("access:SIGNED_IN", { cache: "contextual" })((_parent, _args, ctx: ShieldContext) =>
  ctx.viewer ? true : anonymous(ctx, "SIGNED_IN"),
);

const ACCESS_RULES = new Map<Access, ShieldRule>();

/** The shield rule for an entry of the access matrix. */
export function accessRule(access: Access): ShieldRule {
  let found = ACCESS_RULES.get(access);
  if (!found) {
    found = access === "PUBLIC" ? allow : access === "SIGNED_IN" ? signedIn : hasCapability(access);
    // Every role may read: whoever reads a workspace's data passes READ alike.
    if (access === "PUBLIC" || access === "SIGNED_IN" || ROLES_WITH[access].length === Object.keys(WorkspaceRole).length) {
      sameForEveryReader(found);
    }
    ACCESS_RULES.set(access, found);
  }
  return found;
}

/**
 * For the types of tenant data (and their connections and payloads): a workspace-scoped token with a
 * role that may read. Guards them however they are reached, `_entities` included.
 */
export const canRead: ShieldRule = accessRule("READ");

const ROOT_TYPES = ["Query", "Mutation", "Subscription"] as const;
const FEDERATION_ROOT_FIELDS = new Set(["Query._service", "Query._entities"]);

/**
 * The Query/Mutation/Subscription rules of `schema`, each from the access matrix (`OPERATION_ACCESS`
 * in @plateau/kernel). A root field the matrix does not list is an error: nothing is served unruled.
 */
export function rootRules(schema: GraphQLSchema): Record<string, Record<string, ShieldRule>> {
  const rules: Record<string, Record<string, ShieldRule>> = {};
  const missing: string[] = [];
  for (const typeName of ROOT_TYPES) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.keys(type.getFields())) {
      const key = `${typeName}.${field}`;
      if (FEDERATION_ROOT_FIELDS.has(key)) continue;
      const access = OPERATION_ACCESS[key];
      if (access === undefined) missing.push(key);
      else (rules[typeName] ??= {})[field] = accessRule(access);
    }
  }
  if (missing.length > 0) {
    throw new Error(`No entry in the access matrix (packages/kernel/src/access.ts) for ${missing.join(", ")}`);
  }
  return rules;
}

/** Rules the kit contributes for the federation plumbing and shared types. */
export const baseRules: Shield.IRules = {
  Query: { _service: allow, _entities: isAuthenticated },
  _Service: allow,
  PageInfo: allow,
};

/**
 * The complete rule map of a subgraph: the kit's base rules, the root fields from the access matrix,
 * and the modules' rules for every other type. Modules may not rule root fields themselves: the
 * matrix is the only place that says who may call an operation.
 */
export function permissionRules(schema: GraphQLSchema, ruleMaps: Shield.IRules[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of ruleMaps) {
    for (const [typeName, rules] of Object.entries(map as Record<string, unknown>)) {
      if ((ROOT_TYPES as readonly string[]).includes(typeName)) {
        throw new Error(
          `A module rules ${typeName} fields (${Object.keys(rules as object).join(", ")}): root fields take their rules from OPERATION_ACCESS in @plateau/kernel's access.ts only`,
        );
      }
      const existing = merged[typeName];
      merged[typeName] =
        existing && typeof existing === "object" && typeof rules === "object" && !isRule(existing) && !isRule(rules)
          ? { ...(existing as object), ...(rules as object) }
          : rules;
    }
  }
  for (const [typeName, rules] of Object.entries({ ...(baseRules as Record<string, unknown>) })) {
    if (!(ROOT_TYPES as readonly string[]).includes(typeName)) merged[typeName] = rules;
  }
  const roots = rootRules(schema);
  for (const typeName of ROOT_TYPES) {
    const base = (baseRules as Record<string, Record<string, ShieldRule>>)[typeName] ?? {};
    if (roots[typeName] || Object.keys(base).length > 0) merged[typeName] = { ...base, ...roots[typeName] };
  }
  return merged;
}

const SHIELD_OPTIONS = {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new AppError(ErrorCode.FORBIDDEN, "You are not allowed to do this"),
};

/**
 * Applies the subgraph's rule map ({@link permissionRules}) to `schema` with default deny, as graphql-shield
 * would (`shield(rules, { fallbackRule: deny, allowExternalErrors: true })` through graphql-middleware),
 * with the same answers, for less per field. Errors thrown by resolvers pass through (they are already
 * coded); a denied field answers FORBIDDEN. What a field pays (docs/architecture.md, "Cost per request"):
 * - a field ruled `allow` is not wrapped at all;
 * - a field whose rule depends on the request alone (`deny`, and `cache: "contextual"` rules such as
 *   `canRead`) asks it once per request and rule: every other field with that rule reuses the answer
 *   and resolves synchronously, instead of through the two awaits shield adds to every field;
 * - any other rule (`no_cache` rules that read the parent or the path, logic rules) runs for every
 *   field, through shield's own check.
 */
export function applyPermissions(schema: GraphQLSchema, ruleMaps: Shield.IRules[]): GraphQLSchema {
  const rules = permissionRules(schema, ruleMaps);
  // Validates the rule tree as shield does (a rule for a type or field the schema lacks, two rules of one
  // name), and gives each field shield's own check for the rules that must run every time.
  const generated = shieldModule.shield(rules as Shield.IRules, SHIELD_OPTIONS) as unknown as {
    generate(schema: GraphQLSchema): Record<string, Record<string, ShieldMiddleware | { resolve: ShieldMiddleware }>>;
  };
  const middleware = generated.generate(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const rule = fieldRule(rules[type.name], name);
      if (rule === allow) continue;
      const generatedCheck = middleware[type.name]![name]!;
      const check = typeof generatedCheck === "function" ? generatedCheck : generatedCheck.resolve;
      const wrap = (resolve: GraphQLFieldResolver<unknown, unknown>) =>
        dependsOnRequestOnly(rule) ? checkedPerRequest(rule, check, resolve) : checkedPerField(check, resolve);
      // Which function is wrapped: as graphql-middleware does it.
      if (field.resolve && field.resolve !== defaultFieldResolver) field.resolve = wrap(field.resolve);
      else if (field.subscribe) field.subscribe = wrap(field.subscribe);
      else field.resolve = wrap(defaultFieldResolver);
    }
  }
  return schema;
}

type ShieldMiddleware = (
  resolve: GraphQLFieldResolver<unknown, unknown>,
  ...resolverArgs: Parameters<GraphQLFieldResolver<unknown, unknown>>
) => unknown;

/** A field's rule in a merged rule map, as shield picks it: the type's rule, the field's, the type's `*`, or deny. */
function fieldRule(typeRules: unknown, field: string): ShieldRule {
  if (typeRules === undefined) return deny;
  if (isRule(typeRules)) return typeRules as ShieldRule;
  const map = typeRules as Record<string, ShieldRule | undefined>;
  return map[field] ?? map["*"] ?? deny;
}

/** A graphql-shield rule as `rule(…)` builds it: its function and its cache mode. */
interface PlainRule {
  func: (...resolverArgs: Parameters<GraphQLFieldResolver<unknown, unknown>>) => unknown;
  cache: unknown;
}

/** The class of graphql-shield's `rule(…)` rules (its logic rules, `allow` and `deny` included, are others). */
const RuleClass = (shieldModule.rule()(() => true) as object).constructor;

/** True for a rule whose answer depends on the request alone: `deny`, and `rule({ cache: "contextual" })` rules. */
function dependsOnRequestOnly(rule: unknown): boolean {
  return rule === deny || (rule instanceof RuleClass && (rule as PlainRule).cache === "contextual");
}

/** Where a request's context keeps what each rule that depends on the request alone answered. */
const ANSWERS = Symbol("plateau.shield.answers");

type RequestContext = { [ANSWERS]?: Map<ShieldRule, unknown> };

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

/** What shield makes of a rule function's result: an Error as it is, a string as an Error, else true or false. */
const ruleAnswer = (result: unknown): unknown =>
  result instanceof Error ? result : typeof result === "string" ? new Error(result) : result === true;

/**
 * Asks a rule that depends on the request alone, as shield's `Rule.resolve` would (a rule that throws
 * answers false), but synchronously when its function is: the answer of a request's first field is then
 * known to the other fields of the same pass, which graphql resolves before any promise settles.
 */
function ask(rule: ShieldRule, ...resolverArgs: Parameters<GraphQLFieldResolver<unknown, unknown>>): unknown {
  if (rule === deny) return false;
  try {
    const result = (rule as unknown as PlainRule).func(...resolverArgs);
    return isPromise(result) ? result.then(ruleAnswer, () => false) : ruleAnswer(result);
  } catch {
    return false;
  }
}

/**
 * Wraps `resolve` with a rule that depends on the request alone: the first field of a request asks it
 * ({@link ask}), every other field reuses the answer, and a field it admits resolves without a promise
 * of its own. Without a context object to keep the answer in, every field asks (`check`, shield's own).
 */
function checkedPerRequest(
  rule: ShieldRule,
  check: ShieldMiddleware,
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  const perField = checkedPerField(check, resolve);
  return (parent, args, ctx, info) => {
    if (typeof ctx !== "object" || ctx === null) return perField(parent, args, ctx, info);
    const answers = ((ctx as RequestContext)[ANSWERS] ??= new Map());
    let answer = answers.get(rule);
    if (answer === undefined) {
      answer = ask(rule, parent, args, ctx, info);
      answers.set(rule, answer);
      if (isPromise(answer)) void answer.then((settled) => answers.set(rule, settled));
    }
    if (answer === true) return resolve(parent, args, ctx, info);
    if (!isPromise(answer)) return refusal(answer);
    // Like shield, a resolver's error becomes the field's.
    return answer
      .then((settled) => (settled === true ? resolve(parent, args, ctx, info) : refusal(settled)))
      .catch((error: unknown) => error);
  };
}

/** What a field answers when its rule said no: the rule's own error, or FORBIDDEN (shield's fallback). */
function refusal(answer: unknown): unknown {
  return answer === false ? SHIELD_OPTIONS.fallbackError() : answer;
}

/** Wraps `resolve` with shield's own check of its rule, run for every field (graphql-middleware's wrapping). */
function checkedPerField(check: ShieldMiddleware, resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (parent, args, ctx, info) => check((p = parent, a = args, c = ctx, i = info) => resolve(p, a, c, i), parent, args, ctx, info);
}

function isRule(value: unknown): boolean {
  return typeof value === "object" && value !== null && "resolve" in value && typeof (value as { resolve: unknown }).resolve === "function";
}
