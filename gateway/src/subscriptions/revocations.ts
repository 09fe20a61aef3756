import type { SessionEnd } from "./event-feed.js";

/** How long a revocation is remembered: longer than any access token lives (identity's are 15 minutes). */
const REMEMBER_MS = 24 * 60 * 60 * 1_000;
/** Revocations remembered at most (the oldest are forgotten first). */
const MAX_ENTRIES = 100_000;

/**
 * Sessions identity ended, remembered so that a socket cannot come back with the access token of a
 * revoked session while it is still within its lifetime (graphql-ws clients reconnect after 4403).
 * Per session (logout, revokeSession, a reused refresh token) and per user (a password change ends
 * every session but one: tokens issued before it are refused).
 */
export class Revocations {
  private readonly sessions = new Map<string, number>();
  private readonly users = new Map<string, { at: number; exceptSessionId: string | null }>();

  record(end: SessionEnd, now = Date.now()): void {
    if ("sessionId" in end) remember(this.sessions, end.sessionId, now);
    else remember(this.users, end.userId, { at: now, exceptSessionId: end.exceptSessionId });
  }

  /** True when a token of `sessionId` for `userId`, issued at `issuedAtMs`, belongs to an ended session. */
  refuses(userId: string, sessionId: string, issuedAtMs: number, now = Date.now()): boolean {
    const session = this.sessions.get(sessionId);
    if (session !== undefined && now - session < REMEMBER_MS) return true;
    const user = this.users.get(userId);
    return user !== undefined && now - user.at < REMEMBER_MS && sessionId !== user.exceptSessionId && issuedAtMs <= user.at;
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
}
