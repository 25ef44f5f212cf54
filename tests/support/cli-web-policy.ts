// Preloaded into a spawned import CLI by its tests (`tsx --require tests/support/cli-web-policy.ts
// scripts/import.ts URL`): lets that one process reach the test's loopback server. Test code only:
// the application never reads SV_TEST_WEB_PORT, and the setter refuses to run in production.
import { setImportFetchPolicyForTests } from "../../lib/import/from-url";

const port = Number(process.env.SV_TEST_WEB_PORT);
if (Number.isInteger(port) && port > 0)
  setImportFetchPolicyForTests({ allowLoopback: true, ports: new Set([80, 443, port]), timeoutMs: 3000 });
