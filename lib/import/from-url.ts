// Importing from a URL: the step before the importer. Fetches the page (SSRF-guarded, lib/net) and
// hands it on as fetched, named by its URL; the importer's reader threads turn it into the document
// parseDocument reads (readable.ts: Readability, then HTML bytes), so everything after the fetch
// (reader view, parsing, extraction, writing) runs as for an uploaded file, off the event loop.
// Touches the network.
import { fetchPublicPage } from "@/lib/net/fetch-public";
import { defaultFetchPolicy, PageFetchError, type FetchPolicy } from "@/lib/net/policy";
import type { ImportReport } from "./report";
import type { Page } from "./readable";

export interface UrlInput {
  filename: string;
  page: Page;
}

let testOverrides: Partial<FetchPolicy> | null = null;

/**
 * Tests only: widens the policy every URL import uses in this process (a loopback server, its port,
 * a resolver that answers with private addresses, short limits). Code must call it: no environment
 * variable can, and it throws under NODE_ENV=production. Pass null to restore the default.
 */
export function setImportFetchPolicyForTests(overrides: Partial<FetchPolicy> | null): void {
  if (process.env.NODE_ENV === "production")
    throw new Error("The import fetch policy cannot be changed in production.");
  testOverrides = overrides;
}

export function importFetchPolicy(): FetchPolicy {
  return { ...defaultFetchPolicy(), ...(testOverrides ?? {}) };
}

/**
 * The URL a pasted text or a CLI argument stands for, when it is nothing but one address ("scheme://…"),
 * else null. Any scheme counts, so "ftp://…" or "file:///etc/passwd" get a clear refusal from the
 * fetch instead of being imported as a one-line text document.
 */
export function addressIn(text: string): string | null {
  const t = text.trim();
  return /^[a-z][a-z0-9+.-]{0,20}:\/\/\S+$/i.test(t) ? t : null;
}

/** The page at `url` as an import input (named by the address it came from), or a PageFetchError the editor can act on. */
export async function fetchForImport(url: string, policy: FetchPolicy = importFetchPolicy()): Promise<UrlInput> {
  const page = await fetchPublicPage(url, policy);
  return { filename: page.url, page };
}

/** Fetches each URL in turn; a URL that fails becomes a report error (named by the URL) and nothing else. */
export async function fetchAll(
  urls: string[],
  policy: FetchPolicy = importFetchPolicy(),
): Promise<{ inputs: UrlInput[]; errors: ImportReport["errors"] }> {
  const inputs: UrlInput[] = [];
  const errors: ImportReport["errors"] = [];
  for (const url of urls) {
    try {
      inputs.push(await fetchForImport(url, policy));
    } catch (error) {
      if (!(error instanceof PageFetchError)) throw error;
      errors.push({ file: url, message: error.message });
    }
  }
  return { inputs, errors };
}
