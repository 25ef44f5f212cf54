import type { Metadata } from "next";
import Link from "next/link";
import { VerdictPicks } from "@/components/public/VerdictPicks";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { pageMetadata } from "@/lib/public/metadata";
import { listUseCases } from "@/lib/public/use-cases";

export const metadata: Metadata = pageMetadata({
  title: "Use cases",
  description: "What people build, and the technology our published verdicts recommend for each, with the evidence behind it.",
  path: "/use-cases",
});

const loadUseCases = cachedPublicData("use-cases", () => listUseCases(), { tags: shownRecords });

export default async function UseCasesPage() {
  const useCases = await loadUseCases();
  return (
    <>
      <header className="page-head">
        <h1>Use cases</h1>
        <p className="lead">What people build, and what the checked evidence recommends for each.</p>
      </header>
      {useCases.length === 0 ? (
        <p className="empty">No verdict is published yet.</p>
      ) : (
        <ul className="verdict-list">
          {useCases.map((u) => (
            <li key={u.slug} className="verdict">
              <h2 className="verdict__usecase"><Link href={`/use-cases/${u.slug}`}>{u.name}</Link></h2>
              <VerdictPicks picks={u.recommended.map((t) => ({ ...t, href: null }))} confidence={u.confidence} />
              {u.summary && <p>{u.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
