import type { Response } from "express";
import type { AppError } from "@plateau/kernel";

/**
 * Answers a request the gateway refuses before GraphQL runs it (an operation over its limits, a
 * document that is not trusted) as a GraphQL response with one error: its code and the extensions that
 * say why (`limit`, `actual`, …), status 400.
 */
export function refuseOperation(res: Response, error: AppError): void {
  res.status(400).json({ errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }] });
}
