import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/public/Pager";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { checkedClaimsLabel } from "@/lib/public/counts";
import { bylineGaps, formatDate, isoDate } from "@/lib/public/format";
import { pageMetadata } from "@/lib/public/metadata";
import { readSourceIndexPage, sourceIndexPage, type SourceIndexRow } from "@/lib/public/source-index";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = pageMetadata({
  title: "Sources",
  description: "The articles and posts our checked claims quote, each with its author, site and date.",
  path: "/sources",
});

const load = cachedPublicData("source-index", (page: number) => sourceIndexPage(page), { tags: shownRecords });

/** Who wrote it, where and when, and plainly what the article does not say (bylineGaps). */
function Byline({ source }: { source: SourceIndexRow }) {
  if (source.houseSource) return <span>Our own write-up, by our editors</span>;
  const given = [source.author ? `By ${source.author}` : null, source.domain].filter(Boolean).join(" · ");
  const gaps = bylineGaps(source);
  return (
    <span>
      {given}
      {given && (source.publishedAt || gaps) && " · "}
      {source.publishedAt && <time dateTime={isoDate(source.publishedAt)}>{formatDate(source.publishedAt)}</time>}
      {source.publishedAt && gaps && " · "}
      {gaps}
    </span>
  );
}

export default async function SourcesPage({ searchParams }: Props) {
  const result = await load(readSourceIndexPage(await searchParams));
  return (
    <>
      <header className="page-head">
        <h1>Sources</h1>
        <p className="lead">The articles and posts our checked claims quote, by title.</p>
      </header>
      {result.rows.length === 0 ? (
        <p className="empty">No source is quoted by a checked claim yet.</p>
      ) : (
        <ul className="claim-list">
          {result.rows.map((s) => (
            <li key={s.slug} className="claim-list__item">
              <Link href={`/sources/${s.slug}`} className="claim-list__statement">
                {s.title}
              </Link>
              <span className="claim-list__meta">
                <Byline source={s} />
                <span>Quoted by {checkedClaimsLabel(s.claims)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={result.page}
        pages={result.pages}
        capped={result.capped}
        hrefOf={(page) => (page > 1 ? `/sources?page=${page}` : "/sources")}
        label="Pages of sources"
      />
    </>
  );
}
