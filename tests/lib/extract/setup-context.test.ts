/** @jest-environment node */
// A benchmark setup stated once (a "Setup:" line, a sentence above a table, a "## Hardware" section, a
// "### With validation" heading) is a condition of every figure under it, so figures of one setup
// compare and figures of different setups do not. Every text here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { classifyContradiction, conditionsDiffer } from "@/lib/match/contradictions";
import type { IndexedClaim } from "@/lib/match/index";

const EMPTY = new TechResolver([]);
const figures = (text: string): CandidateClaim[] => extractClaims(text, EMPTY).filter((c) => c.kind === "performance");
const indexed = (c: CandidateClaim, id: string): IndexedClaim => ({
  id,
  slug: id,
  kind: c.kind,
  technologies: c.technologies,
  topic: c.topic,
  metric: c.metric,
  value: c.value,
  unit: c.unit,
  conditions: c.conditions,
  statement: c.statement,
});

describe("a setup stated once reaches every figure under it", () => {
  it("a labelled 'All tests:' line gives its hardware, runtime and load to each row of the table below", () => {
    const text =
      "## Results\n\nAll tests: 2 vCPU / 4 GB, Node 20, 50 connections.\n\n| Framework | Requests/s |\n|---|---|\n| Fastify | 41,000 |\n| Express | 12,500 |";
    const out = figures(text);
    expect(out.map((c) => c.technologies[0])).toEqual(["fastify", "express"]);
    for (const c of out)
      expect(c.conditions).toMatchObject({
        hardware: "2 vCPU, 4 GB",
        versions: "Node.js 20",
        concurrency: "50 connections",
      });
  });

  it("a sentence that sets the scene ('On a 4-vCPU VM with 4 workers each, …') holds for the table after it", () => {
    const text =
      "On a 4-vCPU VM with 4 workers each, we measured plain JSON responses.\n\n| Framework | Requests/s |\n|---|---|\n| Django | 3,100 |\n| Flask | 2,700 |";
    for (const c of figures(text)) expect(c.conditions).toMatchObject({ hardware: "4-vCPU", workers: "4" });
  });

  it("a sentence naming the processor gives the processor, not the sentence around it", () => {
    const rows = figures(
      [
        "The reference machine uses an AMD Ryzen 7 5800X cpu, and runs Debian 12.",
        "",
        "| Library | Speed (GB/s) |",
        "| --- | --- |",
        "| Quickhash | 12.5 GB/s |",
        "| Slowhash | 2.1 GB/s |",
      ].join("\n"),
    );
    expect(rows[0].conditions.hardware).toBe("AMD Ryzen 7 5800X cpu");
  });

  it("a '## Hardware' section's list is the setup of the sections after it, until a heading of its parent's level", () => {
    const text = [
      "# Queue shoot-out",
      "## Hardware",
      "- 8 vCPU, 32 GB RAM",
      "- 100 concurrent clients",
      "- 1 KB messages",
      "## Results",
      "RabbitMQ delivered 48,000 msg/s.",
      "# Appendix",
      "NATS delivered 90,000 msg/s.",
    ].join("\n\n");
    const [inside, after] = figures(text);
    expect(inside.conditions).toMatchObject({
      hardware: "8 vCPU, 32 GB RAM",
      concurrency: "100 clients",
      payload: "1 KB",
    });
    expect(after.technologies).toEqual(["nats"]);
    expect(after.conditions.hardware).toBeUndefined();
    expect(after.conditions.concurrency).toBeUndefined();
  });

  it("a 'Setup:' paragraph in one section does not reach the next section of the same level", () => {
    const text =
      "## Writes\n\nSetup: 16 threads on 8 cores.\n\nPostgreSQL handled 9,000 inserts per second.\n\n## Reads\n\nPostgreSQL answered 40,000 queries per second.";
    const [writes, reads] = figures(text);
    expect(writes.conditions).toMatchObject({ concurrency: "16 threads", hardware: "8 cores" });
    expect(reads.conditions.concurrency).toBeUndefined();
  });
});

describe("figures of one setup compare; figures of two setups are not comparable", () => {
  const text = [
    "# Fastify vs Express",
    "Setup: 4 vCPU, Node 22, 100 connections.",
    "### Without validation",
    "| Framework | Requests/s |\n|---|---|\n| Fastify | 52,000 |\n| Express | 15,000 |",
    "### With validation",
    "| Framework | Requests/s |\n|---|---|\n| Fastify | 38,000 |\n| Express | 9,000 |",
  ].join("\n\n");

  it("each figure carries the shared setup and its own section's setting", () => {
    const out = figures(text);
    expect(out.map((c) => [c.technologies[0], c.value, c.conditions.validation])).toEqual([
      ["fastify", 52000, "off"],
      ["express", 15000, "off"],
      ["fastify", 38000, "on"],
      ["express", 9000, "on"],
    ]);
    for (const c of out) expect(c.conditions).toMatchObject({ hardware: "4 vCPU", concurrency: "100 connections" });
  });

  it("the two Fastify figures differ only in validation, so lib/match records them as not comparable", () => {
    const [noValidation, , validation] = figures(text);
    expect(conditionsDiffer(noValidation.conditions, validation.conditions)).toEqual(["validation"]);
    expect(classifyContradiction(indexed(noValidation, "a"), indexed(validation, "b"))).toEqual({
      kind: "VALUE",
      status: "NOT_COMPARABLE",
    });
  });

  it("two figures of one setup, stated by two articles alike, are one comparable group (an open contradiction when they disagree)", () => {
    const [a] = figures(text);
    const [b] = figures(text.replace("52,000", "30,000"));
    expect(conditionsDiffer(a.conditions, b.conditions)).toEqual([]);
    expect(classifyContradiction(indexed(a, "a"), indexed(b, "b"))).toEqual({ kind: "VALUE", status: "OPEN" });
  });

  it("a lead-in that names a setting ('With TLS enabled:') sets it for what follows in its section", () => {
    const out = figures("## Throughput\n\nWith TLS enabled:\n\n| Server | Requests/s |\n|---|---|\n| NGINX | 20,000 |");
    expect(out[0].conditions.tls).toBe("on");
  });
});

describe("a figure's own sentence states its setting", () => {
  it("'With validation enabled, …' is a condition of that figure, as a section's setup would be", () => {
    const [on, off] = figures(
      "With validation enabled, Fastify served 38,000 req/s.\n\nWithout validation, Fastify served 52,000 req/s.",
    );
    expect([on.conditions.validation, off.conditions.validation]).toEqual(["on", "off"]);
  });
});
