// The compare page's claims that no table shows (recommendations, facts, opinions, refuted features
// and figures), so every claim the page's count counts is on the page. Rendered once per page
// data by ./static-markup.ts: plain elements, plain components and next/link only.
import Link from "next/link";
import type { ComparePage } from "@/lib/public/compare";
import { claimTitle, KIND_GROUP_NAMES } from "@/lib/public/format";
import { ClaimList } from "./ClaimList";
import { ClaimCell, DataTable } from "./DataTable";

type Technologies = ComparePage["technologies"];

/** Each recommendation with the situation it is made for, its technology, and the passage it quotes. */
export function Recommendations({
  recommendations,
  technologies,
}: {
  recommendations: ComparePage["recommendations"];
  technologies: Technologies;
}) {
  const name = (slug: string) => technologies.find((t) => t.slug === slug)?.name ?? slug;
  return (
    <section aria-labelledby="recommendations">
      <h2 id="recommendations">Recommendations</h2>
      {recommendations.length === 0 ? (
        <p className="empty">No checked recommendation names {technologies.length === 2 ? "either" : "any"} yet.</p>
      ) : (
        <div className="table-scroll">
          <DataTable caption="Recommendations by situation" columns={["Situation", "Technology", "Claim", "Source"]}>
            {recommendations.map((r) => (
              <tr key={r.claimSlug}>
                <td>
                  {r.situation ? (
                    `${r.situation.charAt(0).toUpperCase()}${r.situation.slice(1)}`
                  ) : (
                    <span className="muted">Not stated</span>
                  )}
                </td>
                <td>{r.technologies.map(name).join(", ")}</td>
                <ClaimCell slug={r.claimSlug} title={claimTitle(r.statement)} status={r.status} />
                <td>
                  {r.quote ? (
                    <>
                      {r.quote.tableRow ? (
                        <p>
                          {r.quote.text} (table row in{" "}
                          <Link href={`/sources/${r.quote.source.slug}`}>{r.quote.source.title}</Link>)
                        </p>
                      ) : (
                        <>
                          <blockquote className="quote">
                            <p>“{r.quote.text}”</p>
                          </blockquote>
                          <Link href={`/sources/${r.quote.source.slug}`}>{r.quote.source.title}</Link>
                        </>
                      )}
                    </>
                  ) : (
                    <span className="muted">No source attached</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}

/** Facts, opinions and the features and figures the tables leave out (refuted ones), by kind; nothing when there are none. */
export function OtherClaims({ groups }: { groups: ComparePage["otherClaims"] }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="other-claims">
      <h2 id="other-claims">Other checked claims</h2>
      <p className="muted">
        Every checked claim the sections above do not show, by kind (a refuted feature or figure is listed here, not in
        the tables).
      </p>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`other-${g.kind.toLowerCase()}`}>
          <h3 id={`other-${g.kind.toLowerCase()}`}>{KIND_GROUP_NAMES[g.kind] ?? g.kind}</h3>
          <ClaimList claims={g.claims} />
        </section>
      ))}
    </section>
  );
}
