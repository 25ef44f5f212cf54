// MADR (Markdown Architectural Decision Records) export and import. Teams with existing
// docs/decisions/*.md bring them in; every decision can leave as one MADR file. The mapping is
// lossless for StackVerdict's fields (tested as a round trip), and tolerant of hand-written MADR.
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";

export interface MadrOption {
  name: string;
  technology?: string;
  pros: string[];
  cons: string[];
}

export interface MadrDecision {
  title: string;
  status: "PROPOSED" | "ACCEPTED" | "REJECTED" | "DEPRECATED" | "SUPERSEDED";
  date: string; // YYYY-MM-DD
  decisionMakers: string;
  context: string;
  drivers: string[];
  options: MadrOption[];
  chosenOption: string;
  rationale: string;
  consequences: string;
  confirmation: string;
  revisitAt: string | null;
  visibility: "TEAM" | "PENDING" | "PUBLIC";
  supersededBy: string | null;
  chosenTechnologies: string[];
  claims: string[];
}

const STATUSES = ["PROPOSED", "ACCEPTED", "REJECTED", "DEPRECATED", "SUPERSEDED"] as const;

const bullets = (items: string[]) => items.map((i) => `* ${i.replace(/\n+/g, " ")}`).join("\n");

export function toMadr(d: MadrDecision): string {
  const front: Record<string, unknown> = { status: d.status.toLowerCase(), date: d.date };
  if (d.decisionMakers) front["decision-makers"] = d.decisionMakers;
  front.visibility = d.visibility.toLowerCase();
  if (d.revisitAt) front["revisit-on"] = d.revisitAt;
  if (d.supersededBy) front["superseded-by"] = d.supersededBy;
  if (d.chosenTechnologies.length) front.technologies = d.chosenTechnologies;
  if (d.claims.length) front.claims = d.claims;
  const parts = [
    `---\n${stringifyYaml(front).trimEnd()}\n---`,
    `# ${d.title}`,
    "## Context and Problem Statement",
    d.context,
  ];
  if (d.drivers.length) parts.push("## Decision Drivers", bullets(d.drivers));
  if (d.options.length) parts.push("## Considered Options", bullets(d.options.map((o) => o.name)));
  parts.push(
    "## Decision Outcome",
    `Chosen option: "${d.chosenOption}"${d.rationale ? `, because ${d.rationale}` : ""}`,
  );
  if (d.consequences) parts.push("### Consequences", d.consequences);
  if (d.confirmation) parts.push("### Confirmation", d.confirmation);
  if (d.options.length) {
    parts.push("## Pros and Cons of the Options");
    for (const o of d.options) {
      const lines = [`### ${o.name}`];
      if (o.technology) lines.push(`Technology: \`${o.technology}\``);
      lines.push(
        ...o.pros.map((p) => `* Good, because ${p.replace(/\n+/g, " ")}`),
        ...o.cons.map((c) => `* Bad, because ${c.replace(/\n+/g, " ")}`),
      );
      parts.push(lines.join("\n"));
    }
  }
  return parts.join("\n\n") + "\n";
}

export class MadrError extends Error {}

/** Splits a markdown body into `## Heading` sections (### kept inside their section). */
function sections(body: string, level: "##" | "###"): Map<string, string> {
  const map = new Map<string, string>();
  const marker = new RegExp(`^${level} (.+)$`, "gm");
  const heads = [...body.matchAll(marker)];
  heads.forEach((h, i) => {
    const start = (h.index ?? 0) + h[0].length;
    const end = i + 1 < heads.length ? heads[i + 1].index : body.length;
    map.set(h[1].trim().toLowerCase(), body.slice(start, end).trim());
  });
  return map;
}

const listItems = (text: string | undefined) =>
  (text ?? "")
    .split("\n")
    .map((l) => /^\s*[*-]\s+(.*)$/.exec(l)?.[1]?.trim())
    .filter((x): x is string => !!x);

function toDate(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

function parseOptions(section: string | undefined, names: string[]): MadrOption[] {
  const detail = sections(section ?? "", "###");
  return names.map((name) => {
    const text = detail.get(name.toLowerCase()) ?? "";
    const technology = /^Technology: `([^`]+)`/m.exec(text)?.[1];
    const items = listItems(text);
    return {
      name,
      ...(technology ? { technology } : {}),
      pros: items.filter((i) => /^good, because /i.test(i)).map((i) => i.replace(/^good, because /i, "")),
      cons: items.filter((i) => /^bad, because /i.test(i)).map((i) => i.replace(/^bad, because /i, "")),
    };
  });
}

export function fromMadr(markdown: string): MadrDecision {
  const text = markdown.replace(/\r\n?/g, "\n");
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  let front: Record<string, unknown> = {};
  if (fm) {
    try {
      front = (parseYaml(fm[1]) as Record<string, unknown>) ?? {};
    } catch (e) {
      throw new MadrError(`The front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  const body = fm ? text.slice(fm[0].length) : text;
  const title = /^# (.+)$/m.exec(body)?.[1]?.trim();
  if (!title) throw new MadrError("No title: a MADR file starts with a `# Title` line.");
  const main = sections(body, "##");
  const outcome = main.get("decision outcome") ?? "";
  const outcomeHead = outcome.split(/\n### /)[0];
  const chosen = /Chosen option:\s*"([^"]+)"(?:,\s*because\s*([\s\S]*))?/.exec(outcomeHead);
  if (!chosen) throw new MadrError('No decision outcome: expected `Chosen option: "…"` under "## Decision Outcome".');
  const outcomeParts = sections(outcome, "###");
  const status = String(front.status ?? "proposed").toUpperCase();
  const date = toDate(front.date);
  if (!date) throw new MadrError("No valid `date` (YYYY-MM-DD) in the front matter.");
  const optionNames = listItems(main.get("considered options"));
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  return {
    title,
    status: (STATUSES as readonly string[]).includes(status) ? (status as MadrDecision["status"]) : "PROPOSED",
    date,
    decisionMakers: String(front["decision-makers"] ?? ""),
    context: main.get("context and problem statement") ?? "",
    drivers: listItems(main.get("decision drivers")),
    options: parseOptions(main.get("pros and cons of the options"), optionNames),
    chosenOption: chosen[1],
    rationale: (chosen[2] ?? "").trim(),
    consequences: outcomeParts.get("consequences") ?? "",
    confirmation: outcomeParts.get("confirmation") ?? "",
    revisitAt: toDate(front["revisit-on"]),
    visibility: visibilityOf(front.visibility),
    supersededBy: front["superseded-by"] ? String(front["superseded-by"]) : null,
    chosenTechnologies: list(front.technologies),
    claims: list(front.claims),
  };
}

/** "public" and "pending" (public, waiting for an editor) are kept; anything else is team-only. */
function visibilityOf(value: unknown): MadrDecision["visibility"] {
  const v = String(value ?? "team").toUpperCase();
  return v === "PUBLIC" || v === "PENDING" ? v : "TEAM";
}
