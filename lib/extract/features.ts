// Features named in text, mapped to one canonical topic each, and how a phrase rates support for them.
export interface FeatureDef {
  topic: string;
  label: string;
  pattern: RegExp;
}

export const FEATURES: FeatureDef[] = [
  { topic: "admin", label: "an admin interface", pattern: /\badmin(?: panel| ui| interface| screens?| site| back office)?\b/i },
  { topic: "orm", label: "an ORM", pattern: /\bORM\b/ },
  { topic: "migrations", label: "schema migrations", pattern: /\bmigrations?\b/i },
  { topic: "authentication", label: "authentication", pattern: /\bauth(?:entication)?\b|\blogins?\b/i },
  { topic: "openapi", label: "OpenAPI documentation", pattern: /\bOpenAPI\b|\bSwagger\b/i },
  { topic: "websockets", label: "WebSocket support", pattern: /\bWebSockets?\b/i },
  { topic: "background-jobs", label: "background jobs", pattern: /\bbackground (?:jobs|tasks|workers)\b|\b(?:job )?queues?\b/i },
  { topic: "async", label: "async views", pattern: /\basync(?:hronous)?(?: views| support| by design|-first| handlers)\b/i },
  { topic: "security", label: "security protections", pattern: /\bsecurity\b|\bCSRF\b/i },
  { topic: "templates", label: "server-side templates", pattern: /\btemplat(?:es|ing)\b/i },
];

export type Support = "built-in" | "partial" | "missing";

export const BUILT_IN_CUE = /\b(built[- ]in|in the box|out of the box|on day one|by default|by design|for free|automatic(?:ally)?|native(?:ly)?|batteries|ships with|comes with|included)\b|✅/i;
const MISSING_CUE = /❌|\b(no built[- ]in|missing|lacks?|not included|needs?|add|third[- ]party|build it)\b/i;
const PARTIAL_CUE = /\bpartial(?:ly)?\b|⚠️|🟡/i;

/** A table cell or phrase -> support level and what replaces the missing part ("add SQLAlchemy"). */
export function rateSupport(cell: string): { support: Support; replacement: string | null } | null {
  const text = cell.trim();
  if (!text) return null;
  const detail = (s: string) => {
    const r = s.replace(/✅|❌|⚠️|🟡/g, "").replace(/^\s*(partial(?:ly)?|built[- ]in|automatic|native|yes|no)\b\s*/i, "").trim().replace(/^\((.*)\)$/, "$1").trim();
    return r && !/^(yes|no|built[- ]in|automatic|native)$/i.test(r) ? r.slice(0, 120) : null;
  };
  if (PARTIAL_CUE.test(text)) return { support: "partial", replacement: detail(text) };
  if (/❌/.test(text) || /^(no|none|missing|—|-)$/i.test(text) || MISSING_CUE.test(text) && !/✅/.test(text)) return { support: "missing", replacement: detail(text) };
  if (/✅|^(yes|built[- ]in|automatic|native|included)\b/i.test(text)) return { support: "built-in", replacement: null };
  return null;
}

export function featuresIn(text: string): FeatureDef[] {
  return FEATURES.filter((f) => f.pattern.test(text));
}

export function featureStatement(tech: string, f: FeatureDef, support: Support, replacement: string | null): string {
  if (support === "built-in") return `${tech} has ${f.label} built in.`;
  if (support === "partial") return `${tech} has only partial ${f.label.replace(/^an? /, "")}${replacement ? ` (${replacement})` : ""}.`;
  return `${tech} has no built-in ${f.label.replace(/^an? /, "")}${replacement ? `; the usual replacement: ${replacement}` : ""}.`;
}
