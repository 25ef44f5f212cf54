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
  /** When the quote is a table row: the table's header, exact text of the document, and where it is. */
  header?: { quote: string; start: number; end: number };
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Conditions;
  stance: StanceName;
}
