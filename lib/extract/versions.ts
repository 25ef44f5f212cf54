// The versions a document says it tested: "Versions: Qdrant 1.12.1, Milvus 2.5.2", "- Phoenix 0.3.1",
// "- **Prettier**: 3.9.6". Each is a fact about the technology (the version tested).
import type { ClaimWriter } from "./claim-writer";
import type { Span } from "./sentences";
import { testedVersions } from "./setup";
import { techOf } from "./tables";

const KEY_VERSION =
  /^[-*] (?:\*\*|__)?([^:*_]{2,40}?)(?:\*\*|__)?:\s?(?:\*\*|__)?(v?\d{1,4}(?:\.\d{1,4}){1,3}(?:-[\w.]{1,20})?)(?:\*\*|__)?$/;

/** "Versions: Qdrant 1.12.1, Milvus 2.5.2", or a list item that is only a name and a version ("- Phoenix 0.3.1"). */
export function versionFacts(out: ClaimWriter, t: string, span: Span): void {
  const { resolver } = out;
  // Only the name and a version: "- Flask: 0.024 s" is a figure, "- Phoenix 0.3.1" is what was tested.
  const item = /^- ([^:]{2,48}\d)$/.exec(t);
  // "- **Prettier**: 3.9.6" (a key–value list of versions): the name, then only a version.
  const pair = item ? null : KEY_VERSION.exec(t);
  const alone = item ? techOf(item[1], resolver) : pair ? techOf(`${pair[1]} ${pair[2]}`, resolver) : null;
  const found = alone?.version
    ? [{ slug: alone.slug, version: alone.version }]
    : /\d\.\d/.test(t)
      ? testedVersions(t, resolver)
      : [];
  for (const v of found) {
    out.emit(
      {
        statement: `${resolver.nameOf(v.slug)} ${v.version} is the version tested.`,
        kind: "fact",
        technologies: [v.slug],
        topic: "version",
        metric: "version",
        value: null,
        unit: "version",
        conditions: { version: v.version },
        stance: "SUPPORTS",
      },
      span,
    );
  }
}
