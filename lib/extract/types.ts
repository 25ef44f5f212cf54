export type ClaimKindName = "performance" | "feature" | "recommendation" | "fact" | "opinion";
export type StanceName = "SUPPORTS" | "CONTRADICTS" | "MENTIONS";
export type Conditions = Record<string, string>;

export interface TechRef {
  slug: string;
  name: string;
  aliases: string[];
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
