// A verdict's "→ pick" line: each recommended technology by name, linked when it has a public page
// (lib/public/verdict-picks.ts); "No single pick" when there is none, never an empty arrow. With its
// confidence, wherever a pick is shown: "→ FastAPI — a weak pick: low confidence".
import Link from "next/link";
import type { PickConfidence } from "@/lib/public/verdict-confidence";
import type { VerdictPick } from "@/lib/public/verdict-picks";

export function VerdictPicks({ picks, confidence }: { picks: VerdictPick[]; confidence: PickConfidence | null }) {
  return (
    <p className="verdict__pick">
      <span className="verdict__arrow" aria-hidden="true">
        →
      </span>{" "}
      {picks.length === 0
        ? "No single pick"
        : picks.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && ", "}
              {t.href ? <Link href={t.href}>{t.name}</Link> : t.name}
            </span>
          ))}
      {picks.length > 0 && confidence && (
        <span className={`verdict__confidence verdict__confidence--${confidence.band}`}> — {confidence.text}</span>
      )}
    </p>
  );
}
