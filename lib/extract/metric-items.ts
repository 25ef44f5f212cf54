// A list of measurements under a technology's name: "Laravel 10" (or "**Laravel:**", a heading) over
// "- Requests/sec: 8,427", "- 95th percentile: 18.4ms", "- Memory per request: 2.1MB". Each item is a
// label and one quantity, read as a table cell would be: the label names the metric and may carry the
// unit ("Req/s", "Latency (ms)"), the value may carry its own.
import { LIMIT_WORD } from "./limits";
import { cellQuantity } from "./quantities";
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import { figure, looseQuantity } from "./tables/cell-figure";
import type { TechResolver } from "./technologies";
import type { Conditions } from "./types";

// "Label: value": a short label without a technology's name, a colon, a short value.
const LABELLED = /^([^:]{2,50}?):\s+(.{1,60})$/;
// A version after a name ("10.x", "6.4", "v1.0.28", "20 LTS"): what the figures below were measured on.
const NAME_VERSION = /^(.{2,40}?)\s+(v?\d{1,4}(?:\.(?:\d{1,4}|x)){0,3})(?:\s+LTS)?:?$/i;

export interface MeasuredSubject {
  tech: string;
  display: string;
  version: string | null;
}

/**
 * "Laravel 10.x", "Bun v1.1", "Symfony 6.4": a line that is only one technology's name and a version, the
 * label of the list of its figures below. Null for any other line.
 */
export function nameVersionLine(line: string, resolver: TechResolver): MeasuredSubject | null {
  const plain = line.replace(/[*_`]+/g, "").trim();
  if (plain.length > 50) return null;
  const m = NAME_VERSION.exec(plain);
  if (!m) return null;
  const found = resolver.find(m[1]);
  if (found.length !== 1 || found[0].start !== 0 || found[0].end !== m[1].length) return null;
  return { tech: found[0].slug, display: plain.replace(/:$/, ""), version: m[2] };
}

/**
 * "- Requests/sec: 8,427" about one technology: a figure in the metric its label names. True when the item
 * was read as one (a label and a quantity that is the whole value).
 */
export function metricItem(
  body: string,
  span: Span,
  subject: MeasuredSubject,
  setup: Conditions,
  resolver: TechResolver,
  emit: Emit,
): boolean {
  const m = LABELLED.exec(body.replace(/\*\*|__/g, "").trim());
  // "Max message size: 128 MB (default 16 MB)": a limit, read by the limit reader with its whole value.
  if (!m || resolver.find(m[1]).length || LIMIT_WORD.test(m[1])) return false;
  const text = m[2].replace(/[.;]$/, "").trim();
  const q = cellQuantity(text);
  const loose = q ? null : looseQuantity(text);
  const quantity = q ?? loose?.q;
  if (!quantity) return false;
  const cell = {
    tech: subject.tech,
    display: subject.display,
    version: subject.version,
    label: m[1].trim(),
    text,
    span,
    conditions: { ...(loose?.conditions ?? {}) },
  };
  return figure(cell, quantity, { resolver, setup }, emit);
}
