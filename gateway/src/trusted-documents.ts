import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { NextFunction, Request, Response } from "express";
import { AppError, ErrorCode, roleAtLeast, type AccessTokenVerifier, type Viewer } from "@plateau/kernel";
import { viewerFromHeader } from "./auth.js";
import { refuseOperation } from "./http/refuse-operation.js";

/** Trusted documents (docs/api/trusted-documents.md): the client's operations, known to the gateway by hash. */
export interface TrustedDocumentSettings {
  /** sha256 (hex, with or without `sha256:`) → document, as codegen writes `persisted-documents.json`. */
  manifest: Record<string, string>;
  /** Refuse every document that is not in the manifest (the production SPA setting). */
  only: boolean;
  /** With `only`: workspace owners and admins, and platform operators, may still send any document. */
  allowAdmins: boolean;
}

/** Reads codegen's manifest, checking that every hash is its document's sha256. */
export function readTrustedManifest(path: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  for (const [hash, document] of Object.entries(manifest)) {
    if (bareHash(hash) !== sha256(document)) throw new Error(`${path}: ${hash} is not the sha256 of its document`);
  }
  return manifest;
}

/** What a request carries that names its document. */
export interface DocumentRequest {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | unknown;
}

/**
 * Resolves trusted documents by hash and, with `only`, refuses every other document:
 * - `extensions.persistedQuery.sha256Hash` of a known document (and no `query`): the document is
 *   filled in from the manifest, so a client sends 64 characters instead of the operation;
 * - an unknown hash without a document: left to Apollo Server's automatic persisted queries
 *   (PERSISTED_QUERY_NOT_FOUND, then the client registers it), unless `only`: PERSISTED_QUERY_NOT_IN_LIST;
 * - a full document: accepted unless `only` and it is not a trusted one (QUERY_NOT_IN_SAFELIST),
 *   where signed-in owners and admins may still send it when `allowAdmins`.
 */
export class TrustedDocuments {
  private readonly byHash: Map<string, string>;
  private readonly trustedTexts: Set<string>;

  constructor(
    private readonly settings: TrustedDocumentSettings,
    private readonly verifier: AccessTokenVerifier,
  ) {
    this.byHash = new Map(Object.entries(settings.manifest).map(([hash, document]) => [bareHash(hash), document]));
    this.trustedTexts = new Set(this.byHash.values());
  }

  /** The document a request runs (filled in from the manifest when it sent a known hash), or throws a coded refusal. */
  resolve(
    request: DocumentRequest,
    viewer: () => Viewer | undefined | Promise<Viewer | undefined>,
  ): string | undefined | Promise<string | undefined> {
    const hash = persistedHash(request.extensions);
    if (typeof request.query !== "string" || request.query === "") {
      if (hash === undefined) return undefined;
      const known = this.byHash.get(hash.toLowerCase());
      if (known !== undefined) return known;
      if (this.settings.only)
        throw new AppError(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, `No trusted document has the hash ${hash.slice(0, 64)}`);
      return undefined;
    }
    if (!this.settings.only || this.trustedTexts.has(request.query)) return request.query;
    const refuse = () =>
      new AppError(ErrorCode.QUERY_NOT_IN_SAFELIST, "This server runs only its trusted documents: send one of the client's operations");
    if (!this.settings.allowAdmins) throw refuse();
    return Promise.resolve(viewer()).then((who) => {
      if (who && (who.platformAdmin || roleAtLeast(who.role, "ADMIN"))) return request.query as string;
      throw refuse();
    });
  }

  /** Express middleware for `/graphql` (after the JSON body is read): fills in or refuses the document. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const body = (req.method === "GET" ? getRequestBody(req) : req.body) as DocumentRequest | undefined;
      if (!body || typeof body !== "object" || Array.isArray(body)) return next();
      const finish = (query: string | undefined) => {
        // The known document replaces the hash: Apollo Server then runs it like any other.
        if (query !== undefined && body.query !== query) useDocument(req, query);
        next();
      };
      try {
        const resolved = this.resolve(body, () => viewerFromHeader(this.verifier, req.headers.authorization).catch(() => undefined));
        if (resolved instanceof Promise) resolved.then(finish, (error: unknown) => refuse(res, error, next));
        else finish(resolved);
      } catch (error) {
        refuse(res, error, next);
      }
    };
  }
}

function refuse(res: Response, error: unknown, next: NextFunction): void {
  if (!(error instanceof AppError)) return next(error);
  refuseOperation(res, error);
}

/** The hash a request names in `extensions.persistedQuery.sha256Hash`, if any. */
function persistedHash(extensions: unknown): string | undefined {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? bareHash(hash) : undefined;
}

/** A GET request's `extensions` arrive as a JSON string in the query string. */
function getRequestBody(req: Request): DocumentRequest {
  let extensions: unknown;
  try {
    extensions = typeof req.query.extensions === "string" ? JSON.parse(req.query.extensions) : undefined;
  } catch {
    extensions = undefined;
  }
  return { query: req.query.query, extensions };
}

/** Puts `query` in the request in place of its persisted-query hash (a GET's in its URL, which Apollo Server reads). */
function useDocument(req: Request, query: string): void {
  if (req.method === "GET") {
    const url = new URL(req.url, "http://gateway");
    url.searchParams.set("query", query);
    url.searchParams.delete("extensions");
    req.url = url.pathname + url.search;
    return;
  }
  const body = req.body as { query?: string; extensions?: Record<string, unknown> };
  body.query = query;
  if (body.extensions) delete body.extensions.persistedQuery;
}

function bareHash(hash: string): string {
  return hash.replace(/^sha256:/, "").toLowerCase();
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
