// npm run audit: known-vulnerable packages in package-lock.json, from npm's advisory data.
import { spawnSync } from "node:child_process";
import { auditExitCode, parseNpmAudit } from "../lib/ops/audit";

const run = spawnSync("npm", ["audit", "--json", "--package-lock-only"], { encoding: "utf8", timeout: 120_000 });
const report = parseNpmAudit(run.stdout ?? "");
if (!report.reachable) {
  console.error(
    `Dependency audit unavailable: ${report.reason}\nNo vulnerability list could be made on this machine; run it where the npm registry's audit endpoint is reachable.`,
  );
} else if (report.vulnerabilities.length === 0) {
  console.log("No known vulnerabilities in package-lock.json.");
} else {
  for (const v of report.vulnerabilities) {
    console.log(
      `${v.severity.toUpperCase().padEnd(8)} ${v.name}@${v.range}  ${v.via.join("; ")}${v.fixAvailable ? "  (fix available)" : ""}`,
    );
  }
}
process.exitCode = auditExitCode(report);
