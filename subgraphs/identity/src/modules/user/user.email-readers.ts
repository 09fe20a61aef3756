import DataLoader from "dataloader";
import type { Viewer } from "@plateau/kernel";
import type { MembershipsClient } from "../auth/memberships.client.js";

/**
 * Who may read a user's email (docs/architecture.md, "Tenancy and Row-Level Security"): the user themself, and
 * members of the viewer's workspace when the user is or was a member there too (their tasks, comments
 * and audit entries still name them). Everyone else gets the name at most. Users are global, so this
 * holds however a User is reached: `me`, `user(id:)`, a team, a skill's holders, `_entities`.
 *
 * Each request asks workspaces once, for every user whose email it selects (one DataLoader per
 * request, kept as long as the request's context).
 */
export class EmailReaders {
  private readonly requests = new WeakMap<object, DataLoader<string, boolean>>();

  constructor(private readonly memberships: MembershipsClient) {}

  /** Whether the viewer of the request `request` (its context) may read user `userId`'s email. */
  mayRead(request: object, viewer: Viewer | undefined, userId: string): Promise<boolean> {
    const id = userId.toLowerCase();
    if (!viewer) return Promise.resolve(false);
    if (viewer.userId.toLowerCase() === id) return Promise.resolve(true);
    const workspaceId = viewer.workspaceId;
    if (!workspaceId) return Promise.resolve(false);
    let loader = this.requests.get(request);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const known = await this.memberships.knownUsers(workspaceId, viewer.userId.toLowerCase(), ids);
        return ids.map((each) => known.has(each));
      });
      this.requests.set(request, loader);
    }
    return loader.load(id);
  }
}
