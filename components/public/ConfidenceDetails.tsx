// How a confidence figure was got, folded under its one line (G3): the scale, the comparison with the
// evidence alone and what would raise it. A native disclosure: it opens without JavaScript, and its
// text is in the page for the browser's search. One paragraph: the figure's story reads on from the line.

export function ConfidenceDetails({ details }: { details: string[] }) {
  if (details.length === 0) return null;
  return (
    <details className="confidence-details">
      <summary>How we got this figure</summary>
      <p>{details.join(" ")}</p>
    </details>
  );
}
