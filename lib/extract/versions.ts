// The versions a document says it tested: "Versions: Qdrant 1.12.1, Milvus 2.5.2", "- Phoenix 0.3.1",
// "- **Prettier**: 3.9.6". Each is a fact about the technology (the version tested).
import type { ClaimWriter } from "./claim-writer";
import type { Span } from "./sentences";
import { testedVersions } from "./setup";
import { techOf } from "./tables";

const KEY_VERSION =
  /^[-*] (?:\*\*|__)?([^:*_]{2,40}?)(?:\*\*|__)?:\s?(?:\*\*|__)?(v?\d{1,4}(?:\.\d{1,4}){1,3}(?:-[\w.]{1,20})?)(?:\*\*|__)?$/;

// Under a "Versions" heading, a line of a name and a version set apart by spaces ("golang         1.14.1").
const VERSIONS_HEADING = /^(?:(?:tested|software|tool|compiler|language) )?versions?(?: used| tested)?$/i;
export const isVersionsHeading = (heading: string): boolean => VERSIONS_HEADING.test(heading.trim());
const NAME_THEN_VERSION = /^([A-Za-z][\w.+#() -]{0,38}?)\s{1,40}(v?\d{1,4}(?:\.\d{1,4}){1,3})$/;

/**
 * "Versions: Qdrant 1.12.1, Milvus 2.5.2", a list item that is only a name and a version ("- Phoenix 0.3.1"), or
 * under a "Versions" heading a line that is ("golang   1.14.1").
 */
export function versionFacts(out: ClaimWriter, t: string, span: Span, heading = ""): void {
  const { resolver } = out;
  // Only the name and a version: "- Flask: 0.024 s" is a figure, "- Phoenix 0.3.1" is what was tested.
  const listed = isVersionsHeading(heading) ? NAME_THEN_VERSION.exec(t) : null;
  const item = listed ? ([t, `${listed[1].trim()} ${listed[2]}`] as const) : /^- ([^:]{2,48}\d)$/.exec(t);
  // "- **Prettier**: 3.9.6" (a key–value list of versions): the name, then only a version.
  const pair = item ? null : KEY_VERSION.exec(t);
  const alone =
    (item ? techOf(item[1], resolver) : pair ? techOf(`${pair[1]} ${pair[2]}`, resolver) : null) ??
    (listed ? listedName(listed[1], listed[2], out) : null);
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

/**
 * A versions list's name in any casing ("dart", "golang"): the line's place says it names a technology, so an
 * everyday-word name needs no capital here; "D (ldc2)" is D, its compiler in brackets.
 */
function listedName(name: string, version: string, out: ClaimWriter): { slug: string; version: string } | null {
  const trimmed = name.trim();
  const paren = trimmed.endsWith(")") ? trimmed.lastIndexOf("(") : -1;
  const bare = paren > 0 ? trimmed.slice(0, paren).trim() : trimmed;
  const whole = out.resolver.wholeName(bare) ?? out.resolver.wholeName(bare.toLowerCase());
  return whole ? { slug: whole.slug, version } : null;
}
