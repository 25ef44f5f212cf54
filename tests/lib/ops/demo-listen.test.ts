// `npm run demo` (scripts/demo.sh) starts a server whose passwords are printed in the README, so it
// listens on loopback unless HOSTNAME is set on purpose. bash always has a HOSTNAME shell variable
// (the machine's name): only an exported one, from the environment or .env, may widen it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

function demoHostname(env: Record<string, string>): string {
  const result = spawnSync("bash", ["-c", "source scripts/lib.sh && demo_hostname"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  return result.stdout.trim();
}

describe("the demo's listening address", () => {
  it("is loopback when HOSTNAME is not exported, even though bash knows the machine's name", () => {
    expect(demoHostname({})).toBe("127.0.0.1");
  });

  it("is HOSTNAME when it is exported", () => {
    expect(demoHostname({ HOSTNAME: "0.0.0.0" })).toBe("0.0.0.0");
  });

  it("is what scripts/demo.sh hands the server", () => {
    const script = readFileSync(path.join(ROOT, "scripts/demo.sh"), "utf8");
    const start = script.lastIndexOf("scripts/server.ts");
    expect(script.slice(0, start)).toMatch(/HOSTNAME="\$\(demo_hostname\)"\s+export HOSTNAME/);
  });
});
