// react-admin DataProvider over StackVerdict's admin REST API (see app/api/admin). Updates send
// only the fields the editor changed, plus the `version` they started from (stale saves get 409).
import type { DataProvider, GetListParams, Identifier, RaRecord } from "react-admin";
import { createApiClient, jsonBody, type ApiClient, type FetchLike } from "./http";
import type { Dashboard as DashboardData } from "@/lib/admin/dashboard";
import type { HistoryEntry } from "@/lib/services/history";
import type { VersionComparison } from "@/lib/revisions/readable";
import type { IssuedResetLink } from "@/lib/auth/password-reset";
import type { SavedFilterView } from "@/lib/services/saved-filters";
import type { VerdictProposalView } from "@/lib/editorial/service";
import { SYSTEM_FIELDS, type ResourceMeta } from "./meta";

// The shapes the admin API answers with, from the services that produce them (type-only imports).
export type { HistoryEntry } from "@/lib/services/history";
export type { VersionComparison } from "@/lib/revisions/readable";
export type { Dashboard as DashboardData } from "@/lib/admin/dashboard";

export interface StackVerdictDataProvider extends DataProvider {
  history(resource: string, params: { id: Identifier }): Promise<{ data: HistoryEntry[] }>;
  /** Restores a past version: every editable field, or only `fields` (one field from that version). */
  revert(
    resource: string,
    params: { id: Identifier; revisionId: string; version: number; fields?: string[] },
  ): Promise<{ data: RaRecord }>;
  /** Two versions (revision ids) of a record, field by field, with the names of what they link to. */
  compareVersions(
    resource: string,
    params: { id: Identifier; from: string; to: string },
  ): Promise<{ data: VersionComparison }>;
  restore(resource: string, params: { ids: Identifier[] }): Promise<{ data: Identifier[] }>;
  bulkAction(
    resource: string,
    params: { action: string; ids: Identifier[]; data?: unknown; versions?: Record<string, number> },
  ): Promise<{ data: Identifier[] }>;
  dashboard(): Promise<{ data: DashboardData }>;
  /** An admin issues a one-time password reset link for a user (shown once, to them). */
  issueResetLink(userId: Identifier): Promise<{ data: IssuedResetLink }>;
  /** The signed-in user's saved filters for one list; save (same name replaces) and delete. */
  savedFilters(resource: string): Promise<{ data: SavedFilterView[] }>;
  saveFilter(
    resource: string,
    params: { name: string; filter: Record<string, unknown> },
  ): Promise<{ data: SavedFilterView }>;
  deleteSavedFilter(id: string): Promise<unknown>;
  verdictProposal(id: Identifier): Promise<{ data: VerdictProposalView }>;
  exportUrl(resource: string, params: Pick<GetListParams, "filter" | "sort">): string;
}

export interface DataProviderOptions {
  baseUrl?: string;
  fetch?: FetchLike;
  /** Resource metadata: when given, writes carry only editable fields. */
  resources?: ResourceMeta[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function listQuery(params: Partial<GetListParams>): string {
  const query = new URLSearchParams();
  if (params.pagination) {
    query.set("page", String(params.pagination.page));
    query.set("perPage", String(params.pagination.perPage));
  }
  if (params.sort?.field) {
    query.set("sort", params.sort.field);
    query.set("order", params.sort.order === "DESC" ? "DESC" : "ASC");
  }
  const filter = Object.fromEntries(Object.entries(params.filter ?? {}).filter(([, v]) => v !== undefined && v !== ""));
  if (Object.keys(filter).length) query.set("filter", JSON.stringify(filter));
  return query.toString();
}

/** URL of the server-side CSV export of a list (a plain function: react-admin's data provider proxy expects promises). */
export function exportUrl(resource: string, params: Pick<GetListParams, "filter" | "sort">, baseUrl = ""): string {
  return `${baseUrl}/api/admin/${encodeURIComponent(resource)}/export?${listQuery(params)}`;
}

const adminPath = (resource: string) => `/api/admin/${encodeURIComponent(resource)}`;
const recordPath = (resource: string, id: Identifier) => `${adminPath(resource)}/${encodeURIComponent(String(id))}`;

/** Keeps what a write may carry: editable fields only (never system fields), and of an update only what changed. */
function writableFields(
  resources: ResourceMeta[] | undefined,
  resource: string,
  data: Record<string, unknown>,
  previous?: Record<string, unknown>,
) {
  const meta = resources?.find((r) => r.name === resource);
  const allowed = meta ? new Set(meta.fields.filter((f) => f.editable !== false).map((f) => f.name)) : null;
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) =>
        !SYSTEM_FIELDS.has(key) && (!allowed || allowed.has(key)) && (!previous || !same(value, previous[key])),
    ),
  );
}

/**
 * react-admin's getList with keyset paging: each page's answer carries the cursor of its last row; asking
 * for the page after a page already seen (the "next" button) sends that cursor, so the server continues
 * from the row instead of skipping (page - 1) × perPage rows. Jumps to other pages use the page number.
 */
function keysetList(api: ApiClient) {
  const cursors = new Map<string, Map<number, string>>();
  const MAX_REMEMBERED_LISTS = 20;
  const cursorsOf = (key: string) => {
    let pages = cursors.get(key);
    if (!pages) {
      if (cursors.size >= MAX_REMEMBERED_LISTS) cursors.delete(cursors.keys().next().value as string);
      pages = new Map();
      cursors.set(key, pages);
    }
    return pages;
  };

  return async (resource: string, params: Partial<GetListParams>) => {
    const page = params.pagination?.page ?? 1;
    const perPage = params.pagination?.perPage ?? 25;
    const pages = cursorsOf(JSON.stringify([resource, params.sort ?? null, params.filter ?? {}, perPage]));
    const query = new URLSearchParams(listQuery(params));
    const after = pages.get(page - 1);
    if (page > 1 && after) query.set("cursor", after);
    const result = await api.json<{ data: RaRecord[]; total: number; totalCapped?: boolean; nextCursor?: string }>(
      `${adminPath(resource)}?${query}`,
    );
    if (result.nextCursor) pages.set(page, result.nextCursor);
    // Past the count cap the total is unknown: react-admin's partial pagination (previous/next, no
    // "of N") instead of a made-up page count.
    if (result.totalCapped)
      return {
        data: result.data,
        pageInfo: { hasPreviousPage: page > 1, hasNextPage: result.data.length === perPage },
      };
    return { data: result.data, total: result.total };
  };
}

type Bulk = (resource: string, body: Record<string, unknown>) => Promise<{ data: Identifier[] }>;
type ExtraMethod =
  | "history"
  | "revert"
  | "compareVersions"
  | "restore"
  | "bulkAction"
  | "dashboard"
  | "savedFilters"
  | "saveFilter"
  | "deleteSavedFilter"
  | "issueResetLink"
  | "verdictProposal"
  | "exportUrl";

/** What StackVerdict's admin asks beyond react-admin's methods: history, restore, actions, dashboard, saved filters, resets. */
function stackVerdictMethods(api: ApiClient, bulk: Bulk, baseUrl: string): Pick<StackVerdictDataProvider, ExtraMethod> {
  return {
    history: (resource, { id }) => api.json(`${recordPath(resource, id)}/history`),
    revert: (resource, { id, revisionId, version, fields }) =>
      api.json(`${recordPath(resource, id)}/revert`, {
        method: "POST",
        body: jsonBody(fields ? { revisionId, version, fields } : { revisionId, version }),
      }),
    compareVersions: (resource, { id, from, to }) =>
      api.json(`${recordPath(resource, id)}/compare?${new URLSearchParams({ from, to })}`),
    restore: (resource, { ids }) => bulk(resource, { op: "restore", ids }),
    bulkAction: (resource, { action, ids, data, versions }) =>
      bulk(resource, { op: "action", action, ids, data: data ?? {}, versions }),
    dashboard: () => api.json("/api/admin/dashboard"),
    savedFilters: (resource) => api.json(`/api/admin/saved-filters?${new URLSearchParams({ resource })}`),
    saveFilter: (resource, { name, filter }) =>
      api.json("/api/admin/saved-filters", { method: "POST", body: jsonBody({ resource, name, filter }) }),
    deleteSavedFilter: (id) => api.json(`/api/admin/saved-filters/${encodeURIComponent(id)}`, { method: "DELETE" }),
    issueResetLink: (userId) => api.json("/api/admin/password-reset", { method: "POST", body: jsonBody({ userId }) }),
    verdictProposal: (id) => api.json(`/api/admin/verdict-proposal/${encodeURIComponent(String(id))}`),
    exportUrl: (resource, params) => exportUrl(resource, params, baseUrl),
  };
}

export function createDataProvider(options: DataProviderOptions = {}): StackVerdictDataProvider {
  const api: ApiClient = createApiClient(options.baseUrl ?? "", options.fetch);
  const bulk: Bulk = (resource, body) =>
    api.json<{ data: Identifier[] }>(`${adminPath(resource)}/bulk`, { method: "POST", body: jsonBody(body) });
  const writable = (resource: string, data: Record<string, unknown>, previous?: Record<string, unknown>) =>
    writableFields(options.resources, resource, data, previous);
  const getList = keysetList(api);

  return {
    getList: (resource, params) => getList(resource, params),
    getOne: async (resource, params) => api.json(recordPath(resource, params.id)),
    getMany: async (resource, params) => {
      if (params.ids.length === 0) return { data: [] };
      const { data } = await getList(resource, {
        pagination: { page: 1, perPage: params.ids.length },
        filter: { id: params.ids },
      });
      return { data };
    },
    getManyReference: (resource, params) =>
      getList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),
    create: async (resource, params) =>
      api.json(adminPath(resource), {
        method: "POST",
        body: jsonBody(writable(resource, params.data as Record<string, unknown>)),
      }),
    update: async (resource, params) => {
      const previous = params.previousData as Record<string, unknown> & { version?: number };
      const changes = writable(resource, params.data as Record<string, unknown>, previous);
      return api.json(recordPath(resource, params.id), {
        method: "PUT",
        body: jsonBody({ ...changes, version: previous.version }),
      });
    },
    updateMany: async (resource, params) =>
      bulk(resource, { op: "update", ids: params.ids, data: writable(resource, params.data) }),
    delete: async (resource, params) => {
      const version = (params.previousData as { version?: number } | undefined)?.version;
      return api.json(`${recordPath(resource, params.id)}${version ? `?version=${version}` : ""}`, {
        method: "DELETE",
      });
    },
    deleteMany: async (resource, params) => bulk(resource, { op: "delete", ids: params.ids }),
    ...stackVerdictMethods(api, bulk, options.baseUrl ?? ""),
  } as StackVerdictDataProvider;
}
