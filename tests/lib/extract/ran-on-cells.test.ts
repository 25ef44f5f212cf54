/** @jest-environment node */
// A table cell naming a language or runtime and, in brackets, the framework that ran on it ("Go (fasthttp)",
// "GO(FastHTTP)") gives its figures to both; a row label that is itself a rate ("Requests per second (s)") keeps the
// rate whatever its bracket says. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const figures = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.kind === "performance")
    .map((c) => [c.technologies.join("+"), c.value, c.unit]);

describe("a technology with the framework it ran on in brackets", () => {
  it("down the first column: the figure is both's", () => {
    const text = [
      "# Servers",
      "",
      "| Server | Throughput (req/s) |",
      "|---|---|",
      "| Go (fasthttp) | 120000 |",
      "| Node.js (uWebSockets.js) | 95000 |",
      "| Node.js (cluster mode) | 61000 |",
    ].join("\n");
    expect(figures(text)).toEqual([
      ["go+fasthttp", 120000, "req/s"],
      ["nodejs+uwebsockets-js", 95000, "req/s"],
      ["nodejs", 61000, "req/s"],
    ]);
  });

  it("across the header in capitals, beside plain names, and under a rate label with a stray '(s)'", () => {
    const text = [
      "# Moving our API from Node to Go",
      "",
      "|                         | GO(FastHTTP) | Express | Koa |",
      "| ----------------------- | ------------ | ------- | --- |",
      "| Requests per second (s) | 11067        | 4648    | 3990 |",
      "| Time per request (ms)   | 451.8        | 1075.7  | 1200.4 |",
    ].join("\n");
    expect(figures(text)).toEqual([
      ["go+fasthttp", 11067, "req/s"],
      ["express", 4648, "req/s"],
      ["koa", 3990, "req/s"],
      ["go+fasthttp", 451.8, "ms"],
      ["express", 1075.7, "ms"],
      ["koa", 1200.4, "ms"],
    ]);
  });
});

describe("a row label that opens on its name and goes on to say what ran", () => {
  it("is the name's row, its other names the stack beside it, its words the variant, '(c64)' its connections", () => {
    const text = [
      "# Servers",
      "",
      "| Server | Requests | RPS |",
      "| --- | --- | --- |",
      "| Tornado plain get 10KB (c64) | 95321 | 9532 |",
      "| Tornado plain echo 10KB (c64) | 83145 | 8315 |",
      "| Django + Gunicorn get 10KB | 61000 | 6100 |",
      "| Redis/Memcached mixed get | 1000 | 100 |",
    ].join("\n");
    const claims = extractDocument(text, new TechResolver([])).claims.filter((c) => c.unit === "req/s");
    expect(
      claims.map((c) => [c.technologies.join("+"), c.value, c.conditions.variant, c.conditions.concurrency]),
    ).toEqual([
      ["tornado", 9532, "plain get 10KB", "64 connections"],
      ["tornado", 8315, "plain echo 10KB", "64 connections"],
      ["django+gunicorn", 6100, "get 10KB", undefined],
    ]);
  });
});
