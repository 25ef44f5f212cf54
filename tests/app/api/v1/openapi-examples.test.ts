/** @jest-environment node */
// /api/docs shows each field's example from the OpenAPI document: realistic values, never the bounds
// zod gives a schema (issue 11, F11: "-9007199254740991" for a count, the year 0020 for a date). Every
// leaf of the document has an example a reader would meet, inside its bounds and matching its pattern.
import { openApiDocument } from "@/lib/api/openapi";

type Schema = Record<string, unknown>;

/** Every schema in the document that describes a value (not an object, an array or a union), with where it is. */
function leaves(node: unknown, where = "", out: { where: string; schema: Schema }[] = []) {
  if (!node || typeof node !== "object") return out;
  if (Array.isArray(node)) {
    node.forEach((n, i) => leaves(n, `${where}[${i}]`, out));
    return out;
  }
  const schema = node as Schema;
  if (["integer", "number", "string"].includes(schema.type as string)) out.push({ where, schema });
  for (const [key, value] of Object.entries(schema)) if (key !== "examples") leaves(value, `${where}.${key}`, out);
  return out;
}

describe("the OpenAPI document's examples (issue 11, F11)", () => {
  const all = leaves(openApiDocument());

  it("every number and integer has a realistic example inside its bounds", () => {
    const numbers = all.filter((l) => l.schema.type !== "string");
    expect(numbers.length).toBeGreaterThan(20);
    for (const { where, schema } of numbers) {
      const example = (schema.examples as unknown[] | undefined)?.[0] ?? schema.default;
      expect({ where, example: typeof example }).toEqual({ where, example: "number" });
      const n = example as number;
      expect({ where, realistic: Math.abs(n) < 100_000 }).toEqual({ where, realistic: true });
      if (typeof schema.minimum === "number")
        expect({ where, n, low: n >= schema.minimum }).toEqual({ where, n, low: true });
      if (typeof schema.maximum === "number")
        expect({ where, n, high: n <= schema.maximum }).toEqual({ where, n, high: true });
      if (schema.type === "integer")
        expect({ where, n, integer: Number.isInteger(n) }).toEqual({ where, n, integer: true });
    }
  });

  it("every date and time reads as a recent date, and every patterned string has an example its pattern accepts", () => {
    const dated = all.filter((l) => l.schema.format === "date-time" || l.schema.format === "date");
    expect(dated.length).toBeGreaterThan(3);
    for (const { where, schema } of dated) {
      const year = Number(String((schema.examples as unknown[] | undefined)?.[0] ?? "").slice(0, 4));
      expect({ where, recent: year >= 2000 && year <= 2100 }).toEqual({ where, recent: true });
    }
    for (const { where, schema } of all.filter((l) => typeof l.schema.pattern === "string")) {
      const example = String((schema.examples as unknown[] | undefined)?.[0] ?? schema.default ?? "");
      expect({ where, example, fits: new RegExp(schema.pattern as string, "u").test(example) }).toEqual({
        where,
        example,
        fits: true,
      });
    }
  });

  it("the page and slug parameters read as a request would have them", () => {
    const claims = (
      openApiDocument().paths as Record<string, { get: { parameters: { name: string; schema: Schema }[] } }>
    )["/claims"].get.parameters;
    const example = (name: string) => {
      const schema = claims.find((p) => p.name === name)!.schema;
      return (schema.examples as unknown[] | undefined)?.[0] ?? schema.default;
    };
    expect([example("page"), example("perPage"), example("technology")]).toEqual([1, 20, "fastapi"]);
  });

  it("a confidence, said as 0–1, has an example between 0 and 1 wherever it is", () => {
    const confidences = all.filter((l) => /\.confidence(\.anyOf\[\d\])?(\.properties\.value)?$/.test(l.where));
    expect(confidences.length).toBeGreaterThan(1);
    for (const { where, schema } of confidences) {
      const n = (schema.examples as number[])[0];
      expect({ where, share: n > 0 && n < 1 }).toEqual({ where, share: true });
    }
  });
});
