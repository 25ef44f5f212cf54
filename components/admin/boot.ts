// The admin's first requests, started by app/admin/page.tsx as soon as the page's own small script
// runs, instead of after the admin's code (react-admin, MUI: most of the first load) has arrived,
// run and mounted. Measured with `npm run bench:admin-first-rows`: the claims list's first request
// used to leave 1.8 s after the metadata's answer on a loaded machine, the metadata's 1.7 s after
// the page; now both leave with the admin's scripts. The admin takes each early answer once, for the
// exact same path (`takeEarly`); anything else is fetched as before. No react-admin here: this file
// is part of the page's first script.

/** Rows per list page: the admin's lists and the early first page agree on it. */
export const LIST_PAGE_SIZE = 25;

const early = new Map<string, Promise<Response>>();

/** The answer fetched early for exactly this GET path, given out once (a second ask fetches anew). */
export function takeEarly(path: string): Promise<Response> | undefined {
  const found = early.get(path);
  early.delete(path);
  return found;
}

function fetchEarly(path: string): Promise<Response> {
  const answer = fetch(path, { credentials: "same-origin", headers: { accept: "application/json" } });
  early.set(path, answer);
  // A failed early request is the admin's to report when it asks; nothing is thrown here.
  answer.catch(() => early.delete(path));
  return answer;
}

/**
 * The list a landing address opens at its first page ("#/claims" → claims), or null when the
 * address opens another screen or the list's own settings (a query in the address, or sort and
 * filters react-admin kept from an earlier visit) would ask for another page than the default.
 */
export function landingList(hash: string, kept: (key: string) => string | null): string | null {
  const match = /^#\/([A-Za-z]+)\/?$/.exec(hash);
  if (!match || match[1] === "import" || match[1] === "review") return null;
  return kept(`RaStore.${match[1]}.listParams`) === null ? match[1] : null;
}

/** A list's first page as the admin's data provider asks for it (`listQuery` in data-provider.ts). */
export function firstPagePath(resource: string, sort: { field: string; order: "ASC" | "DESC" }): string {
  const query = new URLSearchParams({
    page: "1",
    perPage: String(LIST_PAGE_SIZE),
    sort: sort.field,
    order: sort.order,
  });
  return `/api/admin/${encodeURIComponent(resource)}?${query}`;
}

interface EarlyMeta {
  resources?: { name: string; defaultSort: { field: string; order: "ASC" | "DESC" } }[];
}

let started = false;

/**
 * Asks for the metadata, and then for the landing list's first page, once per page load. `hash` is
 * the admin address about to open: this page's own, or the one the login page opens in place
 * (./enter.ts), whose address has not changed yet when it asks.
 */
export function startEarly(hash?: string): void {
  if (started || typeof window === "undefined") return;
  started = true;
  const list = landingList(hash ?? window.location.hash, (key) => window.localStorage.getItem(key));
  const meta = fetchEarly("/api/admin/meta");
  if (!list) return;
  meta
    .then((res) => (res.ok ? (res.clone().json() as Promise<EarlyMeta>) : null))
    .then((body) => {
      const resource = body?.resources?.find((r) => r.name === list);
      if (resource) fetchEarly(firstPagePath(list, resource.defaultSort));
    })
    .catch(() => undefined);
}
