import { Capability } from "@plateau/kernel";
import { accessRule, type IRules } from "@plateau/subgraph-kit";

/**
 * Who may read audit entries: only through `auditLog`, whose rule comes from the access matrix
 * (@plateau/kernel, access.ts); the types repeat it so no other path reaches them.
 */
const administers = accessRule(Capability.ADMINISTER);

export const auditRules: IRules = {
  AuditEntry: administers,
  AuditEntryConnection: administers,
  AuditEntryEdge: administers,
};
