import Link from "next/link";
import type { Segment } from "@/lib/public/segments";

/** An article's text with every quoted span marked and linked to the claim that cites it. */
export function HighlightedText({ segments, statements }: { segments: Segment[]; statements: Record<string, string> }) {
  return (
    <div className="article-text">
      {segments.map((segment) => {
        if (segment.targets.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const [first, ...others] = segment.targets;
        return (
          <mark key={segment.start} className="cited" id={`q-${segment.start}`}>
            <Link href={`/claims/${first}`} title={statements[first]}>
              {segment.text}
            </Link>
            {/* The accessible name starts with the visible "[n]", so speech users can say what they see. */}
            {others.map((target, i) => (
              <sup key={target}>
                <Link href={`/claims/${target}`} title={statements[target]} aria-label={`[${i + 2}] also cited by: ${statements[target] ?? target}`}>
                  [{i + 2}]
                </Link>
              </sup>
            ))}
          </mark>
        );
      })}
    </div>
  );
}
