/**
 * graphql-shield, loaded the one way that works on Node 24 (STACK.md): its ESM build imports
 * `util.isUndefined`, removed in Node 23, and mixing its CJS build with graphql-middleware's ESM build
 * breaks middleware generators. So: restore the helper, then load both packages' CJS builds. Every
 * subgraph imports shield through this module, so replacing shield later touches one file.
 */
import { createRequire } from "node:module";
import util from "node:util";
import type { GraphQLSchema } from "graphql";
import type * as Shield from "graphql-shield";
import type * as Middleware from "graphql-middleware";
import { AppError, ErrorCode, type Viewer } from "@plateau/kernel";

const legacyUtil = util as unknown as { isUndefined?: (value: unknown) => boolean };
legacyUtil.isUndefined ??= (value: unknown) => value === undefined;

const require = createRequire(import.meta.url);
const shieldModule = require("graphql-shield") as typeof Shield;
const middlewareModule = require("graphql-middleware") as typeof Middleware;

export const rule: typeof Shield.rule = shieldModule.rule;
export const allow: typeof Shield.allow = shieldModule.allow;
export const deny: typeof Shield.deny = shieldModule.deny;
export const and: typeof Shield.and = shieldModule.and;
export const or: typeof Shield.or = shieldModule.or;
export const not: typeof Shield.not = shieldModule.not;
export const chain: typeof Shield.chain = shieldModule.chain;
export const race: typeof Shield.race = shieldModule.race;
export type { IRules, IRule } from "graphql-shield";

/** What every rule can read from the context. */
export interface ShieldContext {
  viewer?: Viewer;
  authError?: AppError;
}

const anonymous = (ctx: ShieldContext) =>
  ctx.authError ?? new AppError(ErrorCode.UNAUTHENTICATED, "Authentication required: send a valid access token");

/** The request carries a valid access token. */
export const isAuthenticated: Shield.IRule = rule({ cache: "contextual" })((_parent, _args, ctx: ShieldContext) =>
  ctx.viewer ? true : anonymous(ctx),
);

/** The token is scoped to a workspace (tenant data is only reachable through one). */
export const inWorkspace: Shield.IRule = rule({ cache: "contextual" })((_parent, _args, ctx: ShieldContext) => {
  if (!ctx.viewer) return anonymous(ctx);
  return ctx.viewer.workspaceId
    ? true
    : new AppError(ErrorCode.FORBIDDEN, "This operation needs a workspace-scoped token: call switchWorkspace first");
});

/** Rules the kit contributes for the federation plumbing and shared types. */
export const baseRules: Shield.IRules = {
  Query: { _service: allow, _entities: isAuthenticated },
  _Service: allow,
  PageInfo: allow,
};

/**
 * Applies the merged rule map to `schema` with default deny. Errors thrown by resolvers pass through
 * (they are already coded); a denied field answers FORBIDDEN.
 */
export function applyPermissions(schema: GraphQLSchema, ruleMaps: Shield.IRules[]): GraphQLSchema {
  const merged: Record<string, unknown> = {};
  for (const map of [baseRules, ...ruleMaps]) {
    for (const [typeName, rules] of Object.entries(map as Record<string, unknown>)) {
      const existing = merged[typeName];
      merged[typeName] =
        existing && typeof existing === "object" && typeof rules === "object" && !isRule(existing) && !isRule(rules)
          ? { ...(existing as object), ...(rules as object) }
          : rules;
    }
  }
  const permissions = shieldModule.shield(merged as Shield.IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new AppError(ErrorCode.FORBIDDEN, "You are not allowed to do this"),
  });
  return middlewareModule.applyMiddleware(schema, permissions);
}

function isRule(value: unknown): boolean {
  return typeof value === "object" && value !== null && "resolve" in value && typeof (value as { resolve: unknown }).resolve === "function";
}
