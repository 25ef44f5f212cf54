import type { QuoteContext } from "@/lib/public/segments";

export function QuoteInContext({ context }: { context: QuoteContext }) {
  return (
    <blockquote className="quote">
      <p>
        {context.before && <span className="quote__context">{context.before}</span>}
        <mark>{context.quote}</mark>
        {context.after && <span className="quote__context">{context.after}</span>}
      </p>
      {!context.located && <p className="quote__warning">The source text has changed since this quote was taken.</p>}
    </blockquote>
  );
}
