// defineEndpoint: a public API endpoint described once. The route handler (lib/api/handle.ts), the
// OpenAPI document (lib/api/openapi.ts) and the contract tests all read the same description, so
// the documentation cannot drift from what the server accepts and returns.
import type { z } from "zod";
import type { Db } from "@/lib/db/client";

/** What a handler receives: validated path and query parameters, and the database. */
export interface EndpointContext<P, Q> {
  params: P;
  query: Q;
  /** The request URL (pagination links are built from it). */
  url: URL;
  db: Db;
}

/** A handler may answer with a redirect (merged claims, non-canonical comparison addresses). */
export class ApiRedirect {
  constructor(public readonly location: string) {}
}

export interface EndpointSpec<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType> {
  /** OpenAPI operationId: unique, stable. */
  id: string;
  /** Path under /api/v1 with OpenAPI-style parameters: "/claims/{slug}". */
  path: `/${string}`;
  summary: string;
  description?: string;
  tag: string;
  /** Path parameters (string values). Omit for paths without parameters. */
  params?: P;
  /** Query parameters; strict: an unknown parameter is a 400, not silently ignored. */
  query: Q;
  response: R;
  /** Whether a handler may answer 404 / a redirect (documented in OpenAPI). */
  notFound?: boolean;
  redirects?: boolean;
  /** A query string a live call may use (contract tests, docs) when the defaults are not enough: "answers=…". */
  exampleQuery?: string;
  /** Seconds a browser or shared cache may reuse the answer (public material changes rarely). */
  maxAge?: number;
  handler: (ctx: EndpointContext<z.output<P>, z.output<Q>>) => Promise<z.input<R> | ApiRedirect>;
  /**
   * What an answer shows, as cache tags (lib/cache/shows.ts: shownRecords), so that a write drops
   * only the answers showing what it touched. Omitted: any public write drops the answer.
   */
  tags?: (answer: z.input<R>) => readonly string[] | null;
}

export type Endpoint = EndpointSpec<z.ZodObject, z.ZodObject, z.ZodType>;

/** Keeps the specific types for the handler while the registry holds the erased form. */
export function defineEndpoint<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType>(
  spec: EndpointSpec<P, Q, R>,
): Endpoint {
  return spec as unknown as Endpoint;
}
