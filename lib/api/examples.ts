// Example values for the OpenAPI document: RapiDoc (/api/docs) shows a schema's `examples[0]` and,
// without one, makes a value up from the schema's bounds, so an integer zod bounds to the safe range
// read -9007199254740991 and a timestamp, generated from its pattern, the year 0020 (issue 11, F11).
// Every leaf schema gets a realistic value instead: by its field's name where the demo's data has a
// typical one, else by its type and format, always inside its bounds and matching its pattern.

type JsonSchema = Record<string, unknown>;

/** Typical values of the public API's fields, as the demo's data has them ("parent.field" first, then "field"). */
const BY_NAME: Record<string, string | number> = {
  "confidence.value": 0.39,
  page: 1,
  perPage: 20,
  total: 48,
  start: 1204,
  end: 1268,
  value: 1250,
  weight: 0.62,
  confidence: 0.39,
  score: 0.85,
  slug: "fastapi",
  technology: "fastapi",
  tech: "fastapi",
  useCase: "public-json-api",
};

/** A count, an id-like number or a measurement where the field's name says nothing more. */
const BY_TYPE: Record<string, number> = { integer: 3, number: 0.5 };

const BY_FORMAT: Record<string, string> = {
  "date-time": "2025-10-14T09:30:00.000Z",
  date: "2025-10-14",
  time: "09:30:00Z",
  uri: "https://example.com/articles/django-vs-fastapi",
  url: "https://example.com/articles/django-vs-fastapi",
  email: "editor@example.com",
};

const finite = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** A number brought inside the schema's bounds (an integer stays one). */
function withinBounds(value: number, schema: JsonSchema): number {
  const min =
    finite(schema.minimum) ?? (finite(schema.exclusiveMinimum) ?? -Infinity) + (schema.type === "integer" ? 1 : 0);
  const max =
    finite(schema.maximum) ?? (finite(schema.exclusiveMaximum) ?? Infinity) - (schema.type === "integer" ? 1 : 0);
  return Math.min(Math.max(value, min), max);
}

function fits(value: string, schema: JsonSchema): boolean {
  if (typeof schema.pattern !== "string") return true;
  try {
    return new RegExp(schema.pattern, "u").test(value);
  } catch {
    return false;
  }
}

/** The example for one leaf schema, or undefined when it has one, a default, a fixed set or no fitting value. */
function exampleOf(schema: JsonSchema, name: string, parent: string): unknown {
  if ("example" in schema || "examples" in schema || "default" in schema || "const" in schema || "enum" in schema)
    return undefined;
  const type = schema.type;
  const named = BY_NAME[`${parent}.${name}`] ?? BY_NAME[name];
  if (type === "integer" || type === "number") {
    const value = withinBounds(typeof named === "number" ? named : BY_TYPE[type], schema);
    return type === "integer" ? Math.round(value) : value;
  }
  if (type !== "string") return undefined;
  const candidate =
    typeof schema.format === "string" && BY_FORMAT[schema.format]
      ? BY_FORMAT[schema.format]
      : typeof named === "string"
        ? named
        : undefined;
  // A string with neither a format nor a known field name reads "string" in the viewer: no extreme to replace.
  return candidate !== undefined && fits(candidate, schema) ? candidate : undefined;
}

const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"] as const;

/**
 * A copy of a JSON Schema with `examples` on every leaf that lacks one (`name`: the field or
 * parameter it describes, which nested unions and arrays keep; `parent`: the field holding it).
 */
export function withExamples(schema: JsonSchema, name = "", parent = ""): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (schema.properties && typeof schema.properties === "object")
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, JsonSchema>).map(([key, sub]) => [
        key,
        withExamples(sub, key, name),
      ]),
    );
  if (schema.items && typeof schema.items === "object")
    out.items = withExamples(schema.items as JsonSchema, name, parent);
  if (schema.additionalProperties && typeof schema.additionalProperties === "object")
    out.additionalProperties = withExamples(schema.additionalProperties as JsonSchema, name, parent);
  for (const key of SUBSCHEMA_LISTS)
    if (Array.isArray(schema[key]))
      out[key] = (schema[key] as JsonSchema[]).map((sub) => withExamples(sub, name, parent));
  const example = exampleOf(schema, name, parent);
  if (example !== undefined) out.examples = [example];
  return out;
}
