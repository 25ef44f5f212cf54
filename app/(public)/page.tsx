import type { Metadata } from "next";
import Link from "next/link";
import { VerdictPicks } from "@/components/public/VerdictPicks";
import { ClaimList } from "@/components/public/ClaimList";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { checkedClaimsLabel } from "@/lib/public/counts";
import { latestVerifiedClaims, listComparisons, listPublishedVerdicts } from "@/lib/public/home";
import { pageMetadata } from "@/lib/public/metadata";
import { publicQuestionnaire } from "@/lib/wizard/cached";

export const metadata: Metadata = pageMetadata({
  title: null,
  description:
    "Which technology should you pick? Verdicts per use case, built from claims that each link to the sentence they came from.",
  path: "/",
});

const loadHome = cachedPublicData(
  "home",
  async () => {
    const [comparisons, verdicts, claims] = await Promise.all([
      listComparisons(),
      listPublishedVerdicts(),
      latestVerifiedClaims(),
    ]);
    return { comparisons, verdicts, claims };
    // The latest claims are cut at 8, newest first with updatedAt breaking ties: any claim edit may reorder them.
  },
  { tags: (home) => shownRecords(home, { every: ["claims"] }) },
);

type Home = Awaited<ReturnType<typeof loadHome>>;

export default async function HomePage() {
  const [{ comparisons, verdicts, claims }, questionnaire] = await Promise.all([loadHome(), publicQuestionnaire()]);
  return (
    <>
      <Hero />
      <WizardEntry useCases={questionnaire.useCases} />
      <ComparisonCards comparisons={comparisons} />
      <VerdictSection verdicts={verdicts} />
      <section aria-labelledby="latest">
        <h2 id="latest">Latest verified claims</h2>
        {claims.length === 0 ? <p className="empty">No verified claims yet.</p> : <ClaimList claims={claims} />}
      </section>
    </>
  );
}

function Hero() {
  return (
    <section className="hero">
      <h1>Which technology should you pick, and why?</h1>
      <p className="lead">
        StackVerdict reads the comparison posts people actually rely on (&ldquo;Django vs FastAPI&rdquo;, benchmark
        write-ups, migration stories), pulls out each claim with its exact quote, and has editors check it. Verdicts per
        use case are built only from checked claims, and every figure links back to the sentence it came from, with the
        conditions it was measured under.
      </p>
    </section>
  );
}

function WizardEntry({ useCases }: { useCases: Awaited<ReturnType<typeof publicQuestionnaire>>["useCases"] }) {
  return (
    <section aria-labelledby="wizard-entry">
      <h2 id="wizard-entry">What are you building?</h2>
      <p>
        Pick the closest match, say what your team knows and what matters, and get a recommendation with the evidence
        behind it.
      </p>
      {/* Plain links carrying the first answer: the wizard needs no script to start. */}
      <ul className="wizard-entry">
        {useCases.map((u) => (
          <li key={u.slug}>
            <Link href={`/wizard?useCase=${u.slug}`}>{u.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ComparisonCards({ comparisons }: { comparisons: Home["comparisons"] }) {
  return (
    <section aria-labelledby="comparisons">
      <h2 id="comparisons">Comparisons</h2>
      {comparisons.length === 0 ? (
        <p className="empty">No comparisons yet.</p>
      ) : (
        <ul className="card-grid">
          {comparisons.map((c) => (
            <li key={c.slug} className="card">
              <Link href={`/compare/${c.slug}`} className="card__title">
                {c.technologies.map((t) => t.name).join(" vs ")}
              </Link>
              <p className="muted">{checkedClaimsLabel(c.claimCount)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VerdictSection({ verdicts }: { verdicts: Home["verdicts"] }) {
  return (
    <section aria-labelledby="verdicts">
      <h2 id="verdicts">Verdicts</h2>
      {verdicts.length === 0 ? (
        <p className="empty">No published verdicts yet.</p>
      ) : (
        <ul className="verdict-list">
          {verdicts.map((v) => (
            <li key={v.slug} className="verdict">
              <p className="verdict__usecase">
                <Link href={`/use-cases/${v.useCase.slug}`}>{v.useCase.name}</Link>
              </p>
              <VerdictPicks picks={v.recommended} confidence={v.confidence} />
              <p>{v.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="more-links">
        <Link href="/use-cases">Every use case</Link> ·{" "}
        <Link href="/decisions">What teams decided, and how it turned out</Link>
      </p>
    </section>
  );
}
