import { quoteTable, readableContext, readableHeader } from "@/lib/public/plain-text";
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

/**
 * A quoted table row read with its header, so each figure says which column it is: a two-row table
 * when header and row have as many cells, else the header's words above the quoted row.
 */
export function TableRowQuote({ header, context }: { header: string; context: QuoteContext }) {
  const table = quoteTable(header, context.quote);
  if (!table) {
    return (
      <div className="quote-with-header">
        <p className="quote__header">{readableHeader(header)}</p>
        <QuoteInContext context={{ ...readableContext(context), before: "", after: "" }} />
      </div>
    );
  }
  return (
    <blockquote className="quote quote--table">
      <table className="quote__table">
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {table.row.map((cell, i) => (
              <td key={i}>{cell && <mark>{cell}</mark>}</td>
            ))}
          </tr>
        </tbody>
      </table>
      {!context.located && <p className="quote__warning">The source text has changed since this quote was taken.</p>}
    </blockquote>
  );
}
