import { AppError, bearerToken, ErrorCode, type AccessTokenVerifier, type Viewer } from "@plateau/kernel";

/**
 * Verification at the edge: a request without a token goes on (the subgraphs allow only sign-up,
 * login and `_service` to anonymous callers); a request with a bad or expired token is refused here,
 * before any subgraph is called.
 */
export async function viewerFromHeader(verifier: AccessTokenVerifier, header: string | undefined): Promise<Viewer | undefined> {
  if (header === undefined) return undefined;
  const token = bearerToken(header);
  if (!token) throw new AppError(ErrorCode.UNAUTHENTICATED, "Malformed Authorization header: expected `Bearer <token>`");
  return verifier.verify(token);
}
