import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { StatusBadge } from "@/components/public/StatusBadge";
import { checkedClaimsLabel } from "@/lib/public/counts";
import { bylineGaps, formatDate, isoDate, readTimeText, sourceKindName, tagName } from "@/lib/public/format";
import { pageMetadata, NOT_FOUND_METADATA } from "@/lib/public/metadata";
import { ExternalLink } from "@/components/public/ExternalLink";
import { getSourcePageView } from "@/lib/public/sources";

type Props = { params: Promise<{ slug: string }> };
const load = cache(cachedPublicData("source", (slug: string) => getSourcePageView(slug), { tags: shownRecords }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).slug);
  if (!source) return NOT_FOUND_METADATA;
  return pageMetadata({
    title: `Source: ${source.title}`,
    description: `${checkedClaimsLabel(source.claims.length)} quote "${source.title}"${source.domain ? ` (${source.domain})` : ""}.`,
    path: `/sources/${source.slug}`,
    type: "article",
  });
}

type Source = NonNullable<Awaited<ReturnType<typeof load>>>;

/** The source's kind, title, byline, dates, tags and the link to the original. */
function SourceHead({ source }: { source: Source }) {
  return (
    <header className="page-head">
      <Breadcrumbs trail={[{ href: "/sources", label: "Sources" }]} current="Source" />
      <p className="eyebrow">Source · {sourceKindName(source.format)}</p>
      <h1>{source.title}</h1>
      <dl className="meta">
        {source.author && (
          <>
            <dt>Author</dt>
            <dd>{source.author}</dd>
          </>
        )}
        {source.domain && (
          <>
            <dt>Site</dt>
            <dd>{source.domain}</dd>
          </>
        )}
        {source.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>
              <time dateTime={isoDate(source.publishedAt)}>{formatDate(source.publishedAt)}</time>
            </dd>
          </>
        )}
        {readTimeText(source.readTime) && (
          <>
            <dt>Read time</dt>
            <dd>{readTimeText(source.readTime)}</dd>
          </>
        )}
      </dl>
      {!source.houseSource && bylineGaps(source) && <p className="muted">{bylineGaps(source)}</p>}
      {source.houseSource && (
        <p className="muted">
          Our own write-up, by our editors: its claims are checked like any other, but our verdicts never count it as an
          independent source.
        </p>
      )}
      {source.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {source.tags.map((tag) => (
            <li key={tag}>
              <span className="tag tag--plain">{tagName(tag)}</span>
            </li>
          ))}
        </ul>
      )}
      {source.url ? (
        <p>
          <ExternalLink href={source.url}>Read the original at {source.domain ?? "its site"}</ExternalLink>
        </p>
      ) : (
        !source.houseSource && <p className="muted">No link to the original was saved with it.</p>
      )}
    </header>
  );
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).slug);
  if (!source) notFound();
  return (
    <article className="source">
      <SourceHead source={source} />

      {source.note && (
        <aside className="saver-note" aria-labelledby="note">
          <h2 id="note">Note from {source.noteAuthor ?? "the person who saved it"}</h2>
          <p>{source.note}</p>
          <p className="muted">This note is the saver&rsquo;s own comment, not part of the article.</p>
        </aside>
      )}

      <section aria-labelledby="claims-here">
        <h2 id="claims-here">Claims quoting this source</h2>
        {/* Numbered: a passage quoted by several claims names the others by these numbers. */}
        <ol className="claim-list claim-list--numbered">
          {source.claims.map((c, i) => (
            <li key={c.slug} className="claim-list__item">
              <span className="claim-list__number">[{i + 1}]</span>
              <Link href={`/claims/${c.slug}`} className="claim-list__statement">
                {c.title}
              </Link>
              <span className="claim-list__meta">
                <StatusBadge status={c.status} />
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="text">
        <h2 id="text">The text</h2>
        <p className="muted">
          Highlighted passages are quoted by the claims above; select one to open its claim. A number in brackets after
          a passage is another claim of the list that quotes it.
        </p>
        {/* Sanitized by lib/text/sanitize.ts (allowlist; the only links it adds are to claims). */}
        <div className="article-html prose" dangerouslySetInnerHTML={{ __html: source.html }} />
      </section>
    </article>
  );
}
