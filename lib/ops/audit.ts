// Dependency audit from npm's own advisory data (`npm audit --json`), summarised for humans.
// When the advisory service is unreachable the report says so plainly instead of passing.

export interface Vulnerability {
  name: string;
  severity: "info" | "low" | "moderate" | "high" | "critical";
  range: string;
  via: string[];
  fixAvailable: boolean;
}

export type AuditReport = { reachable: true; vulnerabilities: Vulnerability[] } | { reachable: false; reason: string };

interface NpmAuditJson {
  vulnerabilities?: Record<
    string,
    {
      severity: Vulnerability["severity"];
      range?: string;
      via?: Array<string | { title?: string; url?: string }>;
      fixAvailable?: unknown;
    }
  >;
  error?: { summary?: string; code?: string };
  message?: string;
  statusCode?: number;
}

export function parseNpmAudit(output: string): AuditReport {
  let json: NpmAuditJson;
  try {
    json = JSON.parse(output) as NpmAuditJson;
  } catch {
    return { reachable: false, reason: "npm audit printed no JSON (is the registry reachable?)." };
  }
  if (!json.vulnerabilities) {
    const detail = json.message ?? json.error?.summary ?? "no advisory data in the answer";
    return { reachable: false, reason: `npm's advisory service did not answer: ${detail}` };
  }
  const vulnerabilities = Object.entries(json.vulnerabilities).map(([name, v]) => ({
    name,
    severity: v.severity,
    range: v.range ?? "*",
    via: (v.via ?? []).map((x) => (typeof x === "string" ? x : (x.title ?? x.url ?? "advisory"))),
    fixAvailable: Boolean(v.fixAvailable),
  }));
  const order = ["critical", "high", "moderate", "low", "info"];
  vulnerabilities.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.name.localeCompare(b.name));
  return { reachable: true, vulnerabilities };
}

/** Exit status: 1 on high or critical findings, 0 otherwise; 3 when no data could be had. */
export function auditExitCode(report: AuditReport): number {
  if (!report.reachable) return 3;
  return report.vulnerabilities.some((v) => v.severity === "high" || v.severity === "critical") ? 1 : 0;
}
