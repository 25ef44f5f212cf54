/** @jest-environment node */
import { useSeededDemo, wizardText } from "../app/public/support/demo-pages";
const CASES: [string, string, string][] = [
  ["back-office-tool", "python,javascript", "background-jobs"],
  ["back-office-tool", "python", "needs-admin-ui,needs-auth,editors-non-developers,time-to-first-release"],
  ["back-office-tool", "ruby", "background-jobs"],
  ["back-office-tool", "php,ruby", ""],
  ["model-inference-service", "none", "high-traffic-io"],
  ["back-office-tool", "python", "time-to-first-release"],
];
describe("dump", () => {
  useSeededDemo();
  it("dumps", async () => {
    for (const [u, s, n] of CASES) {
      const t = await wizardText(u, s, n);
      const i = t.indexOf("How your answers");
      console.log(`=== ${u} ${s} ${n}\n` + t.slice(0, 9000));
    }
  }, 120000);
});
