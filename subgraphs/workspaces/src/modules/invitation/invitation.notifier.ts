import type { Logger, WorkspaceRole } from "@plateau/kernel";

/** What an invitation message carries. */
export interface InvitationNotice {
  /** Where the invitation goes (normalised: trimmed, lower-case). */
  email: string;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
  /** The member who sent it. */
  invitedById: string;
  /** The secret the invitee presents to `acceptInvitation`. */
  token: string;
  expiresAt: Date;
}

/** Delivers invitations to their addresses out of band (email, later). */
export interface InvitationNotifier {
  sendInvitation(notice: InvitationNotice): Promise<void>;
}

/**
 * The embedded (development) mode's notifier, and the only one so far: it writes the invitation token
 * to the log so a developer can hand it on. A deployment that mails invitations replaces it; logging
 * secrets is acceptable only because nothing but the developer's own machine reads these logs.
 */
export function createLoggingNotifier(logger: Logger): InvitationNotifier {
  return {
    sendInvitation(notice) {
      logger.info("invitation created (dev mode: the token is logged instead of emailed)", {
        event: "invitation.created",
        email: notice.email,
        workspaceId: notice.workspaceId,
        workspaceName: notice.workspaceName,
        role: notice.role,
        token: notice.token,
        expiresAt: notice.expiresAt.toISOString(),
      });
      return Promise.resolve();
    },
  };
}
