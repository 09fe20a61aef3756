export { workspaces } from "./subgraph.js";
export * from "./modules/workspace/workspace.entity.js";
export * from "./modules/membership/membership.entity.js";
export { startAuditConsumer, AUDIT_CONSUMER_GROUP, AUDITED_SERVICES, type AuditConsumerOptions } from "./modules/audit/audit.consumer.js";
export type { InvitationNotice, InvitationNotifier } from "./modules/invitation/invitation.notifier.js";
export { workspacesSettingsShape } from "./settings.js";
