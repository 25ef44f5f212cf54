/** @jest-environment node */
import { writeFileSync } from "node:fs";
import { useSeededDemo } from "../app/public/support/demo-pages";
import { loadPublicEvidence, loadQuestionnaire } from "@/lib/wizard/recommend";
describe("export", () => {
  const demo = useSeededDemo();
  it("exports", async () => {
    const q = await loadQuestionnaire(demo().db);
    const e = await loadPublicEvidence(demo().db);
    writeFileSync("/tmp/wm-demo.json", JSON.stringify({ q, e }));
  }, 120000);
});
