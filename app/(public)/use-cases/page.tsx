import type { Metadata } from "next";
import Link from "next/link";
import { VerdictPicks } from "@/components/public/VerdictPicks";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { pageMetadata } from "@/lib/public/metadata";
import { listUseCases } from "@/lib/public/use-cases";
import { publicQuestionnaire } from "@/lib/wizard/cached";

export const metadata: Metadata = pageMetadata({
  title: "Use cases",
  description:
    "What people build, and the technology our published verdicts recommend for each, with the evidence behind it.",
  path: "/use-cases",
});

const loadUseCases = cachedPublicData("use-cases", () => listUseCases(), { tags: shownRecords });

export default async function UseCasesPage() {
  const [useCases, questionnaire] = await Promise.all([loadUseCases(), publicQuestionnaire()]);
  // Every use case the wizard offers is listed: one without a published verdict has no page of its
  // own yet, so it links to the wizard, which weighs its evidence, and says that no verdict exists.
  const published = new Set(useCases.map((u) => u.slug));
  const waiting = questionnaire.useCases.filter((u) => !published.has(u.slug));
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
              <h2 className="verdict__usecase">
                <Link href={`/use-cases/${u.slug}`}>{u.name}</Link>
              </h2>
              <VerdictPicks picks={u.recommended.map((t) => ({ ...t, href: null }))} confidence={u.confidence} />
              {u.summary && <p>{u.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="no-verdict-yet">
          <h2 id="no-verdict-yet">No verdict published yet</h2>
          <p>
            Editors have not published a verdict for these. The wizard weighs the checked evidence for them against your
            team&apos;s answers.
          </p>
          <ul className="wizard-entry">
            {waiting.map((u) => (
              <li key={u.slug}>
                <Link href={`/wizard?useCase=${u.slug}`}>{u.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
