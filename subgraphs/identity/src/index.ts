export { identity } from "./subgraph.js";
export type { IdentityServices } from "./services.js";
export type { Notifier, PasswordResetNotice } from "./modules/password/notifier.js";
export { JWKS_PATH } from "./routes.js";
export * from "./modules/user/user.entity.js";
export * from "./modules/team/team.entity.js";
export * from "./modules/skill/skill.entity.js";
