// The admin API's real route handlers, called through tests/support/http.ts, plus a seeded world
// every route test starts from (a team with a contributor, claims, an article, a decision...).
import * as list from "@/app/api/admin/[resource]/route";
import * as one from "@/app/api/admin/[resource]/[id]/route";
import * as bulk from "@/app/api/admin/[resource]/bulk/route";
import * as exporter from "@/app/api/admin/[resource]/export/route";
import * as history from "@/app/api/admin/[resource]/[id]/history/route";
import * as restore from "@/app/api/admin/[resource]/[id]/restore/route";
import * as revert from "@/app/api/admin/[resource]/[id]/revert/route";
import * as meta from "@/app/api/admin/meta/route";
import { SYSTEM, type Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { findResource } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { call, type CallOptions } from "../../../support/http";
import { makeArticle, makeTeam, makeUser } from "../../../support/factories";

type Extra = Pick<CallOptions, "actor" | "origin" | "cookie" | "headers" | "peer">;
const q = (query?: Record<string, unknown>) =>
  query
    ? "?" +
      new URLSearchParams(
        Object.entries(query).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
      ).toString()
    : "";

/** One function per admin endpoint, named after the react-admin verb it serves. */
export const api = {
  list: (resource: string, extra: Extra, query?: Record<string, unknown>) =>
    call(list.GET, { url: `/api/admin/${resource}${q(query)}`, params: { resource }, ...extra }),
  create: (resource: string, extra: Extra, body: unknown) =>
    call(list.POST, { method: "POST", url: `/api/admin/${resource}`, params: { resource }, body, ...extra }),
  getOne: (resource: string, id: string, extra: Extra) =>
    call(one.GET, { url: `/api/admin/${resource}/${id}`, params: { resource, id }, ...extra }),
  update: (resource: string, id: string, extra: Extra, body: unknown) =>
    call(one.PUT, { method: "PUT", url: `/api/admin/${resource}/${id}`, params: { resource, id }, body, ...extra }),
  delete: (resource: string, id: string, extra: Extra, version?: number) =>
    call(one.DELETE, {
      method: "DELETE",
      url: `/api/admin/${resource}/${id}${version ? `?version=${version}` : ""}`,
      params: { resource, id },
      ...extra,
    }),
  restore: (resource: string, id: string, extra: Extra) =>
    call(restore.POST, {
      method: "POST",
      url: `/api/admin/${resource}/${id}/restore`,
      params: { resource, id },
      ...extra,
    }),
  history: (resource: string, id: string, extra: Extra) =>
    call(history.GET, { url: `/api/admin/${resource}/${id}/history`, params: { resource, id }, ...extra }),
  revert: (resource: string, id: string, extra: Extra, body: unknown) =>
    call(revert.POST, {
      method: "POST",
      url: `/api/admin/${resource}/${id}/revert`,
      params: { resource, id },
      body,
      ...extra,
    }),
  bulk: (resource: string, extra: Extra, body: unknown) =>
    call(bulk.POST, { method: "POST", url: `/api/admin/${resource}/bulk`, params: { resource }, body, ...extra }),
  export: (resource: string, extra: Extra, query?: Record<string, unknown>) =>
    call(exporter.GET, { url: `/api/admin/${resource}/export${q(query)}`, params: { resource }, ...extra }),
  meta: (extra: Extra) => call(meta.GET, { url: "/api/admin/meta", ...extra }),
};

export interface World {
  db: Db;
  admin: Actor;
  editor: Actor;
  contributor: Actor;
  /** Users in no team, free to become members. */
  loners: Actor[];
  team: { id: string };
  article: { id: string; text: string };
  claims: string[];
  useCase: string;
  decision: string;
}

export const ARTICLE_TEXT = "Django has a built-in admin. FastAPI served ~31,000 requests per second. Flask is small.";

/** Rows made through the service layer as the system actor (as seeds and the importer do). */
export async function seed(db: Db, resource: string, body: Record<string, unknown>): Promise<string> {
  const def = findResource(resource);
  if (!def) throw new Error(`No resource ${resource}`);
  return (await createRecord(def, SYSTEM, body, db)).id;
}

export async function makeWorld(db: Db): Promise<World> {
  const team = await makeTeam(db);
  const [admin, editor, contributor, loner1, loner2] = [
    await makeUser(db, "ADMIN", { name: "Ada Admin" }),
    await makeUser(db, "EDITOR", { name: "Edith Editor" }),
    await makeUser(db, "CONTRIBUTOR", { name: "Connie Contributor", teamIds: [team.id] }),
    await makeUser(db, "CONTRIBUTOR", { name: "Lone One" }),
    await makeUser(db, "CONTRIBUTOR", { name: "Lone Two" }),
  ];
  const article = await makeArticle(db, ARTICLE_TEXT);
  const claims: string[] = [];
  for (const statement of ["Django has a built-in admin.", "FastAPI is fast.", "Flask is small."]) {
    claims.push(await seed(db, "claims", { statement, kind: "FACT" }));
  }
  const useCase = await seed(db, "useCases", { name: "Internal tools" });
  const decision = await seed(db, "decisions", {
    title: "Pick a web framework",
    teamId: team.id,
    date: "2026-01-05",
    context: "We need an admin.",
    chosenOption: "Django",
  });
  return {
    db,
    admin,
    editor,
    contributor,
    loners: [loner1, loner2],
    team,
    article: { id: article.id, text: ARTICLE_TEXT },
    claims,
    useCase,
    decision,
  };
}
