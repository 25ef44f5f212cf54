// How a confidence figure was got, folded under its one line (G3): the scale, the comparison with the
// evidence alone and what would raise it, then how the evidence behind it is weighed (from the
// engine's own weights, review 9 R7). A native disclosure: it opens without JavaScript, and its
// text is in the page for the browser's search. One paragraph: the figure's story reads on from the line.
import { weighingLine } from "@/lib/verdicts/weights";

export function ConfidenceDetails({ details }: { details: string[] }) {
  return (
    <details className="confidence-details">
      <summary>How we got this figure</summary>
      <p>{[...details, weighingLine()].join(" ")}</p>
    </details>
  );
}
