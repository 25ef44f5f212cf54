import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { verifiedClaimsLabel } from "@/lib/public/counts";
import { humanize } from "@/lib/public/format";
import { pageMetadata } from "@/lib/public/metadata";
import { listTechnologies } from "@/lib/public/technologies";

export const metadata: Metadata = pageMetadata({
  title: "Technologies",
  description:
    "Frameworks, databases and tools, each with the checked claims about it and the verdicts that recommend it.",
  path: "/technologies",
});

const loadTechnologies = cachedPublicData("technologies", () => listTechnologies(), { tags: shownRecords });

export default async function TechnologiesPage() {
  const technologies = await loadTechnologies();
  return (
    <>
      <header className="page-head">
        <h1>Technologies</h1>
        <p className="lead">Each with the checked claims about it and the verdicts that recommend it.</p>
      </header>
      <ul className="card-grid">
        {technologies.map((t) => (
          <li key={t.slug} className="card">
            <Link href={`/technologies/${t.slug}`} className="card__title">
              {t.name}
            </Link>
            <p className="muted">
              {humanize(t.kind)} · {verifiedClaimsLabel(t.verifiedClaims)}
            </p>
            {t.description && <p>{t.description}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
