/** @jest-environment node */
// "**Winner**: X (reasons)" under a heading naming what was measured recommends X for that aspect over the other
// technologies the document compares; a heading naming a technology is no aspect. Every text here is our own.
import { extractDocument, TechResolver } from "@/lib/extract";
import { deriveDirections } from "@/lib/extract/direction";

const recommendations = (text: string) =>
  extractDocument(text, new TechResolver([])).claims.filter((c) => c.kind === "recommendation");

describe("a winner line under an aspect's heading", () => {
  const text = [
    "# Traefik vs Caddy",
    "",
    "### Memory at idle",
    "",
    "Both proxies were left running for an hour with no traffic.",
    "",
    "**Winner**: Caddy (38mb vs 61mb).",
    "",
    "### Traefik",
    "",
    "Winner: Caddy, again.",
  ].join("\n");

  it("recommends the winner for the aspect, over the other compared technology", () => {
    const found = recommendations(text);
    expect(found.map((c) => [c.technologies.join("+"), c.topic, c.statement])).toEqual([
      ["caddy+traefik", "memory-at-idle", "Caddy wins over Traefik for memory at idle."],
    ]);
    const [claim] = found;
    const directions = deriveDirections({
      kind: "RECOMMENDATION",
      statement: claim.statement,
      technologies: [
        { slug: "caddy", names: ["Caddy"] },
        { slug: "traefik", names: ["Traefik"] },
      ],
    });
    expect(directions).toEqual({ caddy: "supports", traefik: "against" });
  });
});
