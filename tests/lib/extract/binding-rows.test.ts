/** @jest-environment node */
// A matrix whose header names the compared technologies and whose rows name another technology's bindings, support
// or integration ("React Bindings") says what each header technology has; the row's technology is no subject.
// Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

describe("rows naming another technology's bindings", () => {
  it("are capabilities of the header's technologies", () => {
    const text = [
      "# Comparing GraphQL clients",
      "",
      "|                  | urql | Relay |",
      "| ---------------- | ---- | ----- |",
      "| React Bindings   | ✅   | ✅    |",
      "| Svelte Bindings  | ✅   | 🛑    |",
      "| Preact Support   | ✅   | 🛑    |",
    ].join("\n");
    const features = extractDocument(text, new TechResolver([]))
      .claims.filter((c) => c.kind === "feature")
      .map((c) => [c.technologies.join("+"), c.conditions.support]);
    expect(features).toEqual([
      ["urql", "built-in"],
      ["relay", "built-in"],
      ["urql", "built-in"],
      ["relay", "missing"],
      ["urql", "built-in"],
      ["relay", "missing"],
    ]);
  });
});

describe("a matrix row label in a statement", () => {
  it("keeps names and acronyms as written, and reads an adjective with its phrase as what the technology is", () => {
    const text = [
      "# urql vs Relay",
      "",
      "|  | urql | Relay |",
      "|---|---|---|",
      "| React Bindings | ✅ | ✅ |",
      "| Extensible on a network level | ✅ | 🛑 |",
      "| SSR support | ✅ | ✅ |",
    ].join("\n");
    const statements = extractDocument(text, new TechResolver([])).claims.map((c) => c.statement);
    expect(statements).toEqual([
      "urql has React bindings built in.",
      "Relay has React bindings built in.",
      "urql is extensible on a network level.",
      "Relay is not extensible on a network level.",
      "urql has SSR support built in.",
      "Relay has SSR support built in.",
    ]);
  });
});
