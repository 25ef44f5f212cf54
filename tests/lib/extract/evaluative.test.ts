/** @jest-environment node */
// Opinions from the grammar of a clause (lib/extract/evaluative.ts): degree adverbs, superlatives,
// comparatives, verbs of winning or losing, linking verbs with an evaluative adjective. Every sentence
// here is our own writing, and each shape is tried with words no other test uses.
import { evaluativeIn } from "@/lib/extract/evaluative";
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const opinions = (text: string): CandidateClaim[] => extractClaims(text, EMPTY).filter((c) => c.kind === "opinion");
const shape = (clause: string) => evaluativeIn(clause)?.shape ?? null;

describe("evaluative constructions", () => {
  it("reads each of the five shapes, whatever the words", () => {
    expect(shape("Memcached considerably outpaced the other caches under churn")).toBe("degree");
    expect(shape("the remarkably polished command line")).toBe("degree");
    expect(shape("the least cumbersome of the three schedulers")).toBe("superlative");
    expect(shape("Nomad felt clunkier than the rest")).toBe("comparative");
    expect(shape("Jenkins trailed in every round")).toBe("contest");
    expect(shape("Caddy remains painless to configure")).toBe("linking");
  });

  it("finds the verb of a contest in any inflection", () => {
    for (const verb of ["outperforms", "outperformed", "outperforming"])
      expect(evaluativeIn(`Valkey ${verb} the fork`)?.cue).toBe(verb);
  });

  it("leaves descriptions, properties and instructions alone", () => {
    for (const clause of [
      "Traefik reads its routes from container labels",
      "Consul is a service mesh and a key-value store",
      "Etcd is written in Go",
      "Nomad is not open source",
      "the later release added a scheduler",
      "Try the other scheduler first",
      "And then compare both schedulers more carefully",
    ])
      expect([clause, evaluativeIn(clause)]).toEqual([clause, null]);
  });

  it("gives where the cue starts, so the caller can tell the subject from the object", () => {
    const text = "Caddy stays fast";
    expect(text.slice(evaluativeIn(text)!.at)).toBe("stays fast");
  });
});

describe("opinions in plain sentences", () => {
  it("a technology judged by a construction in its own clause is an opinion about it", () => {
    expect(opinions("Caddy stays refreshingly simple even with many sites.").map((c) => c.technologies)).toEqual([
      ["caddy"],
    ]);
    expect(opinions("Memcached considerably outpaced Redis under churn.").map((c) => c.technologies)).toEqual([
      ["memcached", "redis"],
    ]);
  });

  it("a superlative said of names after a linking verb judges those names", () => {
    expect(
      opinions("Probably the least cumbersome schedulers today are Nomad and Kubernetes.")
        .flatMap((c) => c.technologies)
        .sort(),
    ).toEqual(["kubernetes", "nomad"]);
  });

  it("a technology inside a prepositional phrase, or after the judgement, is not what is judged", () => {
    expect(opinions("Writing plugins required knowing far too much about the internals of Traefik.")).toEqual([]);
    expect(opinions("The dashboards became painfully sluggish once we moved them onto Grafana.")).toEqual([]);
  });

  it("the writer or the reader as the subject is not a judgement of the technology", () => {
    expect(opinions("We found ourselves much more productive after a week with Caddy.")).toEqual([]);
  });

  it("only the main clause counts: a judgement in a subordinate clause is about its own subject", () => {
    expect(opinions("Consul now does two things to help when the catalogue gets too large.")).toEqual([]);
  });
});
