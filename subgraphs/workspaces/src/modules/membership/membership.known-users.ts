import type { EntityManager } from "@mikro-orm/core";
import { FormerMember } from "./former-member.entity.js";
import { Membership } from "./membership.entity.js";

/**
 * Of `userIds`, those who are or were members of `workspaceId`, when `viewerId` is a member of it now;
 * none when the viewer is not. What identity asks before it shows a user's email to someone else
 * (their co-members, present or past, may see it). `em` must be scoped to the workspace (Row-Level
 * Security admits no other's rows). Two statements, however many users.
 */
export async function knownUsersOf(
  em: EntityManager,
  workspaceId: string,
  viewerId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(userIds)];
  const members = await em.find(Membership, { workspaceId, userId: { $in: [...new Set([viewerId, ...ids])] } });
  if (!members.some((membership) => membership.userId === viewerId)) return [];
  const current = new Set(members.map((membership) => membership.userId));
  const pending = ids.filter((id) => !current.has(id));
  const former = pending.length ? await em.find(FormerMember, { workspaceId, userId: { $in: pending } }) : [];
  const known = new Set([...current, ...former.map((row) => row.userId)]);
  return ids.filter((id) => known.has(id));
}
