/** @jest-environment node */
// A list of options, each named then described in fragments with no verb ("- Quillstore and Tarnbase: open source
// metric storage. Basic dashboards."): each fragment is what they are or have. Our own writing; names made up
// except the known ones the lexicon resolves.
import { extractClaims, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const doc = [
  "# Monitoring options",
  "",
  "## Options",
  "",
  "We looked at three kinds of tool:",
  "",
  "- [AWS CloudWatch metrics][cw]: metrics collection and visualisation.",
  "- [Prometheus] and [Graphite]: open source metric storage. Basic visualisation.",
  "- [Grafana]: open source metrics visualisation. No data storage - it reads data from the others.",
  "- Alerting: we will page the on-call engineer when a service stops.",
  "- Rust: rustc 1.20.0.",
  "- Redux: use createSelector for memoization.",
  "",
  "[cw]: https://example.com/cw",
  "[Prometheus]: https://example.com/p",
  "[Graphite]: https://example.com/g",
  "[Grafana]: https://example.com/gr",
].join("\n");

describe("described list items", () => {
  const parsed = parseDocument({ filename: "options.md", bytes: Buffer.from(doc) });
  const claims = extractClaims(parsed.text, new TechResolver([]), { title: parsed.title });
  const said = claims.map((c) => [c.statement, c.technologies.join("+"), c.conditions.support]);

  it("read each verbless fragment as a property of the named technologies, 'No' missing and 'Basic' partial", () => {
    expect(said).toEqual(
      expect.arrayContaining([
        ["Amazon CloudWatch: metrics collection and visualisation.", "amazon-cloudwatch", "built-in"],
        ["Prometheus and Graphite: open source metric storage.", "prometheus+graphite", "built-in"],
        ["Prometheus and Graphite: basic visualisation.", "prometheus+graphite", "partial"],
        ["Grafana: no data storage.", "grafana", "missing"],
      ]),
    );
  });

  it("leave an item whose label names no technology, a fragment with a verb, a version or advice to other rules", () => {
    expect(said.map((s) => s[0]).join(" ")).not.toMatch(
      /Alerting:|it reads data from the others\.|Rust: rustc|Redux: use/,
    );
  });
});
