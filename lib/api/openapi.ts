// The OpenAPI 3.1 document of /api/v1, generated from the registry's zod schemas (zod 4's
// JSON Schema output is draft 2020-12, the dialect OpenAPI 3.1 uses), so it always matches
// what the server validates and returns.
import { z } from "zod";
import type { Endpoint } from "./define";
import { ENDPOINTS } from "./endpoints";
import { withExamples } from "./examples";
import { API_PREFIX } from "./handle";

type JsonSchema = Record<string, unknown>;

const errorSchema = z.object({
  error: z.object({
    code: z.string().describe("validation_error, not_found, internal_error…"),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Parameter name → what is wrong with it."),
  }),
});

/** A zod schema as JSON Schema, with a realistic example on every leaf (examples.ts) for the viewer to show. */
function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return withExamples(rest);
}

function parameters(endpoint: Endpoint): JsonSchema[] {
  const list: JsonSchema[] = [];
  const add = (where: "path" | "query", object: z.ZodObject) => {
    const json = toSchema(object, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = schema;
      list.push({
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  if (endpoint.params) add("path", endpoint.params);
  add("query", endpoint.query);
  return list;
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function operation(endpoint: Endpoint): JsonSchema {
  const responses: Record<string, unknown> = {
    "200": { description: "OK", content: { "application/json": { schema: toSchema(endpoint.response, "output") } } },
    "400": errorResponse("A path or query parameter is not valid (unknown parameters included)."),
  };
  if (endpoint.redirects)
    responses["301"] = {
      description: "Moved: the `Location` header gives the canonical address.",
      headers: { Location: { schema: { type: "string" } } },
    };
  if (endpoint.notFound) responses["404"] = errorResponse("No public record has this address.");
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    parameters: parameters(endpoint),
    responses,
  };
}

let built: JsonSchema | null = null;

export function openApiDocument(endpoints: readonly Endpoint[] = ENDPOINTS): JsonSchema {
  if (built && endpoints === ENDPOINTS) return built;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) (paths[endpoint.path] ??= {}).get = operation(endpoint);
  const document = {
    openapi: "3.1.0",
    info: {
      title: "StackVerdict public API",
      version: "1.0.0",
      description:
        "Read-only access to StackVerdict's public material: verified, disputed and refuted claims with their sources, published verdicts, " +
        "technologies, use cases and comparisons. Every list is paginated (`page`, `perPage` ≤ 100). Unknown or invalid parameters answer 400 " +
        "with a message per parameter. CORS is open for GET, HEAD and OPTIONS (no credentials).",
    },
    servers: [{ url: API_PREFIX }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: { Error: toSchema(errorSchema, "output") } },
  };
  if (endpoints === ENDPOINTS) built = document;
  return document;
}
