/** @jest-environment node */
// Figures that are not the sentence subject's: the other side of "8ms vs 26ms median" (the other compared
// technology's), a baseline's ("over the baseline of 6ms"), a load level ("the 200 RPS runs", "at a level of 20
// RPS"). Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const figures = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.kind === "performance")
    .map((c) => [c.technologies.join("+"), c.value, c.unit, c.metric]);

describe("figures that belong to someone else than the sentence's subject", () => {
  it("gives the figure after 'vs' to the other technology the document compares", () => {
    const text = [
      "# Measuring Traefik and Caddy: a second look",
      "",
      "Last spring we wrote up [Traefik vs Caddy results](/old-post) comparing the two proxies on one small service under several loads, and this time we measured again with newer releases of each.",
      "",
      "**Winner**: Traefik (9ms vs 31ms median; 41ms vs 260ms max)",
    ].join("\n");
    expect(figures(text)).toEqual([
      ["traefik", 9, "ms", "latency_median"],
      ["caddy", 31, "ms", "latency_median"],
      ["traefik", 41, "ms", "latency_max"],
      ["caddy", 260, "ms", "latency_max"],
    ]);
  });

  it("gives the other side to nobody when the document compares more than two", () => {
    const text = ["# Traefik vs Caddy vs Envoy", "", "Winner: Traefik (9ms vs 31ms median)."].join("\n");
    expect(figures(text)).toEqual([["traefik", 9, "ms", "latency_median"]]);
  });

  it("reads neither a baseline's figure nor a load level as the technology's", () => {
    const text = [
      "# Traefik vs Caddy",
      "",
      "For the 50 and 500 RPS runs, we repeated each test five times.",
      "",
      "Starting at a level of 50 RPS, Traefik's median latency was 15ms, 9ms over the baseline of 6ms.",
    ].join("\n");
    expect(figures(text)).toEqual([
      ["traefik", 15, "ms", "latency_median"],
      ["traefik", 9, "ms", "latency_median"],
    ]);
  });
});
