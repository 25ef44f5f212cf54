/** @jest-environment node */
// A capability verb governing a list ("supports A, B and C") says three capabilities, each its own claim; a
// ", which Y does not support" after the list says Y lacks each of them. Every sentence here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const features = (text: string): Array<[string[], string | null, unknown, string]> =>
  extractClaims(text, EMPTY, { unitModel: null })
    .filter((c: CandidateClaim) => c.kind === "feature")
    .map((c) => [c.technologies, c.topic, c.conditions.support, c.statement]);

describe("a list after a capability verb", () => {
  it("each item is a capability of the subject, in a statement of its own", () => {
    expect(features("Pulsar supports tiered storage, geo-replication, and multi-tenancy.")).toEqual([
      [
        ["pulsar"],
        "tiered-storage",
        "built-in",
        "Apache Pulsar supports tiered storage, geo-replication, and multi-tenancy.",
      ],
      [["pulsar"], "geo-replication", "built-in", "Apache Pulsar supports geo-replication."],
      [["pulsar"], "multi-tenancy", "built-in", "Apache Pulsar supports multi-tenancy."],
    ]);
  });

  it("'which Y does not support' after the list: Y lacks every item, in Y's own words", () => {
    const lacking = features(
      "Pulsar supports tiered storage, geo-replication and multi-tenancy, which NATS does not currently support.",
    ).filter(([techs]) => techs[0] === "nats");
    expect(lacking).toEqual([
      [["nats"], "tiered-storage", "missing", "NATS does not currently support tiered storage."],
      [["nats"], "geo-replication", "missing", "NATS does not currently support geo-replication."],
      [["nats"], "multi-tenancy", "missing", "NATS does not currently support multi-tenancy."],
    ]);
  });

  it("a preposition or 'you to use' before the first item stays in each item's statement", () => {
    expect(features("Vitest also runs in Node, Bun and Deno.").map(([, , , s]) => s)).toContain(
      "Vitest also runs in Bun.",
    );
    expect(features("Astro lets you use React, Vue and Svelte in one project.").map(([t]) => t)).toEqual(
      expect.arrayContaining([
        ["astro", "vue"],
        ["astro", "svelte"],
      ]),
    );
  });

  it("no list without 'and'/'or', and adjectives or judgements are not items", () => {
    expect(features("Pulsar supports tiered storage, making it cheap to keep old topics.")).toHaveLength(1);
    expect(features("OpenSearch offers fast, scalable and efficient retrieval.").length).toBeLessThanOrEqual(1);
    expect(features("TimescaleDB offers continuous aggregates, great docs and a superb community.")).toHaveLength(1);
  });
});

describe("an item under a technology's heading that opens with a modal", () => {
  it("'Can't replay …' is what the heading's technology cannot do", () => {
    const [c] = features(
      "# NATS vs Pulsar\n\n## NATS\n\n- Can't replay messages older than a day.\n- Has support for persistent streams.\n",
    );
    expect([c[0], c[2], c[3]]).toEqual([["nats"], "missing", "NATS can't replay messages older than a day."]);
  });
});

describe("items under a lead-in naming two technologies and what they share", () => {
  it("'Both support …' is said of each of the two, in the singular", () => {
    const md =
      "# Frameworks compared\n\n### Svelte\n\nSvelte and SolidJS differ a lot, but they share a few similarities:\n\n- Both support componentization\n- Both have a router for single-page apps\n";
    expect(features(md).map(([t, topic, , s]) => [t, topic, s])).toEqual([
      [["svelte"], "componentization", "Svelte supports componentization."],
      [["solidjs"], "componentization", "SolidJS supports componentization."],
      [["svelte"], "router", "Svelte has a router for single-page apps."],
      [["solidjs"], "router", "SolidJS has a router for single-page apps."],
    ]);
  });
});

describe("a lead-in saying whose advantages follow", () => {
  it("'X provides the following main advantages over Y …:' makes the items X's capabilities, the lead-in no claim", () => {
    const md =
      "# Proxies compared\n\n## HAProxy\n\nTraefik provides the following main advantages over HAProxy as a load balancer:\n\n- HTTP/2 support.\n- Pluggable architecture.\n";
    expect(features(md).map(([t, topic]) => [t, topic])).toEqual([
      [["traefik"], "http-2"],
      [["traefik"], "pluggable-architecture"],
    ]);
  });
});
