export type ClaimKindName = "performance" | "feature" | "recommendation" | "fact" | "opinion";
export type StanceName = "SUPPORTS" | "CONTRADICTS" | "MENTIONS";
export type Conditions = Record<string, string>;

export interface TechRef {
  slug: string;
  name: string;
  aliases: string[];
  /** Not in the site's catalogue: from the lexicon or the document itself, for an editor to confirm. */
  proposed?: boolean;
  /** The name is also an everyday word ("Express", "Spring"): only its exact casing counts. */
  ambiguous?: boolean;
  category?: string;
  homepage?: string | null;
}

export interface CandidateClaim {
  statement: string;
  kind: ClaimKindName;
  technologies: string[];
  topic: string | null;
  quote: string;
  start: number;
  end: number;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Conditions;
  stance: StanceName;
}
