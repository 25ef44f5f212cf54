import { auditExitCode, parseNpmAudit } from "@/lib/ops/audit";

describe("the dependency audit summary", () => {
  it("lists vulnerabilities most severe first and fails on high or critical", () => {
    const report = parseNpmAudit(
      JSON.stringify({
        vulnerabilities: {
          "left-pad": { severity: "low", range: "<1.3.0", via: ["Prototype pollution"], fixAvailable: true },
          "evil-lib": {
            severity: "critical",
            range: "*",
            via: [{ title: "Remote code execution", url: "https://example.org/a" }],
            fixAvailable: false,
          },
        },
      }),
    );
    expect(report).toEqual({
      reachable: true,
      vulnerabilities: [
        { name: "evil-lib", severity: "critical", range: "*", via: ["Remote code execution"], fixAvailable: false },
        { name: "left-pad", severity: "low", range: "<1.3.0", via: ["Prototype pollution"], fixAvailable: true },
      ],
    });
    expect(auditExitCode(report)).toBe(1);
    expect(auditExitCode(parseNpmAudit(JSON.stringify({ vulnerabilities: {} })))).toBe(0);
  });

  it("says clearly when npm's advisory data cannot be reached", () => {
    const report = parseNpmAudit(
      JSON.stringify({
        message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
        statusCode: 405,
      }),
    );
    expect(report).toEqual({ reachable: false, reason: expect.stringContaining("405 Method Not Allowed") });
    expect(auditExitCode(report)).toBe(3);
    expect(parseNpmAudit("").reachable).toBe(false);
  });
});
