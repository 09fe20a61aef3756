import type { NextFunction, Request, Response } from "express";
import {
  AppError,
  HttpErrorCode,
  INTERNAL_CREDENTIAL_HEADER,
  sendHttpError,
  type InternalCredentialVerifier,
  type Logger,
} from "@plateau/kernel";

/**
 * Refuses, before anything is parsed or executed, a request that does not carry a valid internal
 * credential (docs/architecture.md, "Internal credentials between gateway and subgraphs"): HTTP 401 with a GraphQL error coded
 * UNAUTHENTICATED and no data. What passes has the verified caller (`gateway` or a service's name)
 * in `res.locals`, read with {@link internalCallerOf}.
 */
export function requireInternalCaller(verifier: InternalCredentialVerifier, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers[INTERNAL_CREDENTIAL_HEADER];
    try {
      res.locals.internalCaller = await verifier.verify(Array.isArray(header) ? header[0] : header);
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      logger.warn("request without a valid internal credential refused", { path: req.path, reason: error.message, ip: req.ip });
      res.setHeader("cache-control", "no-store");
      return sendHttpError(res, { status: 401, code: HttpErrorCode.UNAUTHENTICATED, message: error.message });
    }
    next();
  };
}

/** The caller {@link requireInternalCaller} verified for this request. */
export function internalCallerOf(res: Response): string | undefined {
  const caller: unknown = res.locals.internalCaller;
  return typeof caller === "string" ? caller : undefined;
}
