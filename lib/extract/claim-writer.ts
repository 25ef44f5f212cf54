// The claims the line walk writes itself (recommendations, advice against, features, myths): each kind
// built in one place, so every list kind and paragraph shape states it the same way.
import { slugify } from "@/lib/text/slug";
import { featureStatement, type FeatureDef, type Support } from "./features";
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { TechResolver } from "./technologies";

export const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
/** Trailing punctuation and runs of white space off ("Django:" -> "Django"), an ellipsis kept. */
export const clean = (s: string): string =>
  s
    .replace(/(?<![.:;,\s])[.:;,\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

export class ClaimWriter {
  constructor(
    readonly resolver: TechResolver,
    readonly emit: Emit,
  ) {}

  /** "Django + Flask": the technologies as the statement names them. */
  names(slugs: string[]): string {
    return slugs.map((s) => this.resolver.nameOf(s)).join(" + ");
  }

  recommend(techSlugs: string[], useCase: string, statement: string, span: Span): void {
    if (!techSlugs.length || !useCase) return;
    this.emit(
      {
        statement,
        kind: "recommendation",
        technologies: techSlugs,
        topic: slugify(useCase, 60),
        metric: null,
        value: null,
        unit: null,
        conditions: {},
        stance: "SUPPORTS",
      },
      span,
    );
  }

  /** "Don't use X for Y": advice against a technology for a use case (or as the caller says it). */
  against(techs: string[], useCase: string, span: Span, statement?: string): void {
    if (!techs.length || clean(useCase).length < 3) return;
    this.emit(
      {
        statement: statement ?? `Don't use ${this.names(techs)} for ${lcFirst(clean(useCase))}.`,
        kind: "opinion",
        technologies: techs,
        topic: slugify(`not for ${clean(useCase)}`, 60),
        metric: null,
        value: null,
        unit: null,
        conditions: { stance: "contradicts" },
        stance: "CONTRADICTS",
      },
      span,
    );
  }

  feature(tech: string, f: FeatureDef, support: Support, span: Span, replacement: string | null = null): void {
    this.emit(
      {
        statement: featureStatement(this.resolver.nameOf(tech), f, support, replacement),
        kind: "feature",
        technologies: [tech],
        topic: f.topic,
        metric: null,
        value: null,
        unit: null,
        conditions: { support, ...(replacement ? { replacement } : {}) },
        stance: "SUPPORTS",
      },
      span,
    );
  }

  /** A statement the author quotes to refute ("Django is slow" as a myth). */
  myth(statement: string, techs: string[], span: Span): void {
    this.emit(
      {
        statement,
        kind: "opinion",
        technologies: techs,
        topic: "myth",
        metric: null,
        value: null,
        unit: null,
        conditions: { stance: "contradicts" },
        stance: "CONTRADICTS",
      },
      span,
    );
  }
}
