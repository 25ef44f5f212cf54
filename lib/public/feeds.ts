// Atom feeds of the public site: verdict changes and newly verified claims. Only public material:
// published verdicts (with their live recommended technologies) and VERIFIED claims.
import { getDb, type Db } from "@/lib/db/client";
import { evidenceSummary, pickLabel } from "./verdict-summary";
import { conditionsOf } from "./claims";
import { claimTitle } from "./format";
import { absoluteUrl, describe, SITE_NAME, siteUrl } from "./site";
import { confidenceSelect, pickConfidence, type PickConfidence } from "./verdict-confidence";
import { liveTechnologyWhere, publishedVerdictWhere, verifiedClaimWhere } from "@/lib/resources/visibility";

export type FeedKind = "all" | "verdicts" | "claims";

export const FEEDS: Record<FeedKind, { path: string; title: string }> = {
  all: { path: "/feed.xml", title: `${SITE_NAME}: verdict changes and newly verified claims` },
  verdicts: { path: "/feeds/verdicts.xml", title: `${SITE_NAME}: verdict changes` },
  claims: { path: "/feeds/claims.xml", title: `${SITE_NAME}: newly verified claims` },
};

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: Date;
  summary: string;
  category: "verdict" | "claim";
}

const ENTRIES = 50;

/** A stable Atom id that survives a change of domain: a tag URI on the site's host. */
const tagId = (kind: string, id: string) => `tag:${new URL(siteUrl()).hostname},2026:${kind}:${id}`;

/** "FastAPI, a weak pick: low confidence": a feed reader sees how sure the pick is, as the pages say it. */
const pickTitle = (names: string[], confidence: PickConfidence | null): string =>
  names.length === 0 ? "no single pick" : `${names.join(" + ")}${confidence ? `, ${confidence.text}` : ""}`;

export async function verdictEntries(db: Db = getDb(), take = ENTRIES): Promise<FeedEntry[]> {
  const rows = await db.verdict.findMany({
    where: publishedVerdictWhere(),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      updatedAt: true,
      version: true,
      useCase: { select: { slug: true, name: true } },
      recommended: { where: liveTechnologyWhere(), select: { name: true }, orderBy: { name: "asc" } },
      ...confidenceSelect,
    },
  });
  return rows.map((v) => ({
    // One entry per verdict version: a changed verdict shows up again as news.
    id: tagId("verdict", `${v.id}:${v.version}`),
    title: `${v.useCase.name}: ${pickTitle(
      v.recommended.map((t) => t.name),
      pickConfidence(v),
    )} (${v.title})`,
    url: absoluteUrl(`/use-cases/${v.useCase.slug}`),
    updated: v.updatedAt,
    // Worked out from the evidence, never the editors' wording.
    summary: describe(evidenceSummary(v.explanation, pickLabel(v.recommended)), 500),
    category: "verdict",
  }));
}

export async function claimEntries(db: Db = getDb(), take = ENTRIES): Promise<FeedEntry[]> {
  const rows = await db.claim.findMany({
    where: verifiedClaimWhere(),
    orderBy: [{ reviewedAt: "desc" }, { updatedAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      slug: true,
      statement: true,
      conditions: true,
      rating: true,
      reviewedAt: true,
      updatedAt: true,
      technologies: { where: liveTechnologyWhere(), select: { name: true } },
    },
  });
  return rows.map((c) => ({
    id: tagId("claim", c.id),
    title: claimTitle(c.statement, conditionsOf(c.conditions)),
    url: absoluteUrl(`/claims/${c.slug}`),
    updated: c.reviewedAt ?? c.updatedAt,
    summary: `Verified${c.rating ? ` (${c.rating})` : ""}${c.technologies.length ? ` · ${c.technologies.map((t) => t.name).join(", ")}` : ""}`,
    category: "claim",
  }));
}

export async function feedEntries(kind: FeedKind, db: Db = getDb()): Promise<FeedEntry[]> {
  const [verdicts, claims] = await Promise.all([
    kind === "claims" ? [] : verdictEntries(db),
    kind === "verdicts" ? [] : claimEntries(db),
  ]);
  return [...verdicts, ...claims]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : 1))
    .slice(0, ENTRIES);
}

const escapeXml = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string)
    // Characters XML 1.0 forbids would make the whole feed unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

export function atomXml(kind: FeedKind, entries: FeedEntry[], now: Date = new Date()): string {
  const feed = FEEDS[kind];
  const updated = (entries[0]?.updated ?? now).toISOString();
  const body = entries
    .map((e) =>
      [
        "  <entry>",
        `    <id>${escapeXml(e.id)}</id>`,
        `    <title>${escapeXml(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
        `    <updated>${e.updated.toISOString()}</updated>`,
        `    <category term="${e.category}"/>`,
        `    <summary>${escapeXml(e.summary)}</summary>`,
        "  </entry>",
      ].join("\n"),
    )
    .join("\n");
  return (
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `  <id>${escapeXml(absoluteUrl(feed.path))}</id>`,
      `  <title>${escapeXml(feed.title)}</title>`,
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feed.path))}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl("/"))}"/>`,
      `  <updated>${updated}</updated>`,
      `  <author><name>${SITE_NAME} editors</name></author>`,
      body,
      "</feed>",
      "",
    ]
      .filter((line) => line !== "")
      .join("\n") + "\n"
  );
}

export async function feedResponse(kind: FeedKind): Promise<Response> {
  const xml = atomXml(kind, await feedEntries(kind));
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
