// Read side of /claims: one page of public claims, newest first, filtered by kind and technology.
// The page's ids come from the admin lists' SQL (lib/services/list-sql.ts: the (deletedAt, updatedAt,
// id) index walked, the count stopped at COUNT_CAP), then only that page's claims are loaded with
// their live technologies and citations: the work grows with the page, not with the database.
import { getDb, providerOfClient, type Db } from "@/lib/db/client";
import { listClaimIds, type Term } from "@/lib/services/list-sql";
import { liveTechnologyWhere, PUBLIC_CLAIM_STATUSES } from "@/lib/resources/visibility";
import { conditionsOf } from "./claims";
import { citedSources } from "./counts";
import { claimKindLabel, claimTitle, KIND_NAMES } from "./format";

export const CLAIM_INDEX_PER_PAGE = 25;
/** Pages past this are for the search or the API (/api/v1/claims), not for paging by hand. */
export const CLAIM_INDEX_MAX_PAGE = 400;

export interface ClaimIndexFilter {
  kind: string | null;
  /** A technology's slug. */
  technology: string | null;
  page: number;
}

export interface ClaimIndexRow {
  slug: string;
  title: string;
  kindLabel: string;
  status: string;
  technologies: { slug: string; name: string }[];
  /** Independent sources and whether our own write-up cites it too (citedSources, as every public page counts). */
  sources: number;
  ourOwn: boolean;
}

export interface ClaimIndexPage {
  rows: ClaimIndexRow[];
  /** Exact up to the cap; `capped` when there are more. */
  total: number;
  capped: boolean;
  pages: number;
  /** The filter's technology by name, when it names a live one. */
  technology: { slug: string; name: string } | null;
  /** Every live technology, for the filter. */
  technologyOptions: { slug: string; name: string }[];
}

const KINDS = Object.keys(KIND_NAMES);

/** The page forgives odd parameters: an unknown kind or technology is no filter, a page is clamped. */
export function readClaimIndexFilter(params: Record<string, string | string[] | undefined>): ClaimIndexFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
  const kind = one(params.kind).toUpperCase();
  const tech = one(params.tech);
  const page = Number.parseInt(one(params.page), 10) || 1;
  return {
    kind: KINDS.includes(kind) ? kind : null,
    technology: /^[a-z0-9][a-z0-9.-]{0,99}$/.test(tech) ? tech : null,
    page: Math.min(Math.max(1, page), CLAIM_INDEX_MAX_PAGE),
  };
}

async function claimRows(db: Db, ids: string[]): Promise<ClaimIndexRow[]> {
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      statement: true,
      kind: true,
      status: true,
      topic: true,
      metric: true,
      conditions: true,
      technologies: { where: liveTechnologyWhere(), select: { slug: true, name: true }, orderBy: { name: "asc" } },
      citations: {
        where: { deletedAt: null, article: { deletedAt: null } },
        select: { articleId: true, article: { select: { houseSource: true } } },
      },
    },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const { sources, ourOwn } = citedSources(c.citations);
    return [
      {
        slug: c.slug,
        title: claimTitle(c.statement, conditionsOf(c.conditions)),
        kindLabel: claimKindLabel(c),
        status: c.status,
        technologies: c.technologies,
        sources,
        ourOwn,
      },
    ];
  });
}

export async function claimIndexPage(filter: ClaimIndexFilter, db: Db = getDb()): Promise<ClaimIndexPage> {
  const options = await db.technology.findMany({
    where: liveTechnologyWhere(),
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
  const technology = options.find((t) => t.slug === filter.technology) ?? null;
  const terms: Term[] = [
    { type: "deleted", trash: false },
    { type: "unset", column: "mergedIntoId" },
    { type: "in", column: "status", values: [...PUBLIC_CLAIM_STATUSES] },
    ...(filter.kind ? [{ type: "in" as const, column: "kind", values: [filter.kind] }] : []),
    ...(technology ? [{ type: "link" as const, relation: "technologies", ids: [technology.id] }] : []),
  ];
  const request = { terms, sort: "updatedAt", descending: true, page: filter.page, perPage: CLAIM_INDEX_PER_PAGE };
  const found = await listClaimIds(db, providerOfClient(db), { ...request, cursor: null });
  if (!found) throw new Error("the public claim index's terms all have SQL renderings");
  return {
    rows: await claimRows(db, found.ids),
    total: found.total,
    capped: found.capped,
    pages: Math.min(Math.max(1, Math.ceil(found.total / CLAIM_INDEX_PER_PAGE)), CLAIM_INDEX_MAX_PAGE),
    technology: technology ? { slug: technology.slug, name: technology.name } : null,
    technologyOptions: options.map(({ slug, name }) => ({ slug, name })),
  };
}
