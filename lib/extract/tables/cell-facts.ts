// Facts in table cells: the version a table measured, a release year, a version under a version label.
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Cell } from "./cells";
import { lcFirst, RELEASED, VERSION, VERSIONED, type TableContext } from "./common";

/** "Rspack CLI 2.0.0" as a table's row or column: the version the table measured. */
export function versionFact(
  t: { slug: string; version: string | null; display: string },
  span: Span,
  ctx: TableContext,
  emit: Emit,
): void {
  emit(
    {
      statement: `${t.display}: the version measured is ${t.version}.`,
      kind: "fact",
      technologies: [t.slug],
      topic: "version",
      metric: "version",
      value: null,
      unit: "version",
      conditions: { version: t.version ?? "" },
      stance: "SUPPORTS",
    },
    span,
  );
}

/** "Released | 2005" -> a release year; "Latest version | 5.1" -> a version fact. */
export function dated(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const name = ctx.resolver.nameOf(c.tech);
  const year = /^(?:\p{L}{3,9}\.? )?((?:19[89]|20\d)\d)$/u.exec(c.text);
  if (year && RELEASED.test(c.label)) {
    emit(
      {
        statement: `${name} was first released in ${year[1]}.`,
        kind: "fact",
        technologies: [c.tech],
        topic: "release",
        metric: "release_year",
        value: Number(year[1]),
        unit: "year",
        conditions: {},
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  const version = c.text.length <= 24 ? VERSION.exec(c.text) : null;
  if (version && VERSIONED.test(c.label)) {
    emit(
      {
        statement: `${name}: ${lcFirst(c.label)} ${version[1]}.`,
        kind: "fact",
        technologies: [c.tech],
        topic: "version",
        metric: "version",
        value: null,
        unit: "version",
        conditions: { version: version[1] },
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  return false;
}
