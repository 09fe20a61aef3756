import type { Logger } from "@plateau/kernel";

/** What a password-reset message carries. */
export interface PasswordResetNotice {
  email: string;
  name: string;
  /** The secret the user presents to `resetPassword`. */
  token: string;
  expiresAt: Date;
}

/** Delivers messages to users out of band (email, later). */
export interface Notifier {
  sendPasswordReset(notice: PasswordResetNotice): Promise<void>;
}

/**
 * The embedded (development) mode's notifier, and the only one so far: it writes the reset token to the
 * log so a developer can copy it. A deployment that mails users replaces it; logging secrets is
 * acceptable only because nothing but the developer's own machine reads these logs.
 */
export function createLoggingNotifier(logger: Logger): Notifier {
  return {
    sendPasswordReset(notice) {
      logger.info("password reset requested (dev mode: the token is logged instead of emailed)", {
        event: "password.reset_requested",
        email: notice.email,
        name: notice.name,
        token: notice.token,
        expiresAt: notice.expiresAt.toISOString(),
      });
      return Promise.resolve();
    },
  };
}
