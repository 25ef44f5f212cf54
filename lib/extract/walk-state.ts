// What the line walk knows at a line: the section it is in, the list it is reading, the lead-in above.
import type { ClaimWriter } from "./claim-writer";
import type { Support } from "./features";
import type { Migration } from "./layout";
import type { MeasuredSubject } from "./metric-items";
import type { TechResolver } from "./technologies";

/** A list item that may have nested items: its technology and, when it names no feature, its verdict. */
export interface ParentItem {
  /** How far the item is indented: an item is its child only when indented further. */
  indent: number;
  techs: string[];
  support: Support | null;
  hasFeatures: boolean;
}

/** "about": a list under a label that is only a technology's name ("**Fiber:**"): its items are about it. */
/** "better": a list under "Where X is better:", whose conditional items ("If you're doing event logging") recommend X. */
/** "shared": a list under "X and Y … share a few similarities:", whose "Both …" items are said of each of them. */
export type ListKind =
  "use-when" | "good-fit" | "strengths" | "weaknesses" | "myths" | "avoid" | "parts" | "about" | "better" | "shared";
/** How the items of the current list read, and which technologies they are about. */
export type ListMode = { kind: ListKind; techs: string[] } | null;

export interface WalkState {
  readonly resolver: TechResolver;
  readonly out: ClaimWriter;
  /** The technologies the document compares ("X vs Y" near its top). */
  readonly compared: string[];
  /** The move from one technology to another the document reports ("Moving from X to Y"), if any. */
  readonly migration: Migration | null;
  /** The one technology the title heading names, if one. */
  docTechs: string[];
  /** The technology the current section is about (its heading's, or the enclosing section's). */
  sectionTechs: string[];
  /** The technologies the nearest heading names. */
  headingTechs: string[];
  headingText: string;
  /** The document's title (its first top-level heading): the problem a decision record answers. */
  titleText: string;
  /** The open headings, outermost first, with the technology each section is about. */
  headings: Array<{ depth: number; techs: string[] }>;
  /** The option a decision record's decision section chose, once read (decision-records.ts). */
  decided?: string;
  /** The technology the last paragraph ended on, for a lead-in that names none. */
  previousSubject: string[];
  list: ListMode;
  leadIn: string;
  parent: ParentItem | null;
  /** The technology (as written, with its version) a name-only label or heading above made the list's subject. */
  measured: MeasuredSubject | null;
  /** The line is an item of a product's specification sheet (spec-sheets.ts): its figures are facts. */
  specSheet: boolean;
}

export function newWalkState(
  resolver: TechResolver,
  out: ClaimWriter,
  compared: string[],
  migration: Migration | null = null,
): WalkState {
  return {
    resolver,
    out,
    compared,
    migration,
    docTechs: [],
    sectionTechs: [],
    headingTechs: [],
    headingText: "",
    titleText: "",
    headings: [],
    previousSubject: [],
    list: null,
    leadIn: "",
    parent: null,
    measured: null,
    specSheet: false,
  };
}
