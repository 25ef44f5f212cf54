/** @jest-environment node */
// The OpenAPI document is generated from the endpoint registry: it validates against the official
// OpenAPI 3.1 schema, lists every endpoint, and every endpoint's live answer parses with the very
// response schema the document was generated from.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { ROOT, testProviders, type TestDatabase } from "../../../support/databases";
import { openAppWorld } from "../../../lib/public/world";
import { api } from "./support";

const fetchDocument = async () => (await openApiRoute()).json();

describe("the OpenAPI document of /api/v1", () => {
  it("is a valid OpenAPI 3.1 document (checked by @seriousme/openapi-schema-validator)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sv-openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(await fetchDocument()));
    const report = JSON.parse(
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/.bin/validate-api"), file], { encoding: "utf8" }),
    );
    expect(report).toEqual({ valid: true });
  });

  it("lists every registered endpoint with its parameters and an error schema for 400", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.entries(
      document.paths as Record<
        string,
        { get: { operationId: string; parameters: { name: string }[]; responses: Record<string, unknown> } }
      >,
    );
    expect(operations.map(([p, o]) => `${p} ${o.get.operationId}`).sort()).toEqual(
      ENDPOINTS.map((e) => `${e.path} ${e.id}`).sort(),
    );
    const claims = document.paths["/claims"].get;
    expect(claims.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["page", "perPage", "technology", "kind", "status", "topic"]),
    );
    expect(claims.responses["400"]).toBeDefined();
    expect(new Set(ENDPOINTS.map((e) => e.id)).size).toBe(ENDPOINTS.length);
  });
});

describe.each(testProviders())("every endpoint's live answer matches its response schema on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    ({ t } = await openAppWorld(provider));
  }, 60_000);
  afterAll(async () => t.close());

  /** A real address for an endpoint: path parameters come from the first item its parent list returns. */
  async function sampleUrl(endpoint: (typeof ENDPOINTS)[number]): Promise<string> {
    let address: string = endpoint.path;
    const param = /\{(\w+)\}/.exec(address);
    if (param) {
      const parent = address.slice(0, param.index - 1);
      const list = await api(`/api/v1${parent}`);
      const first = list.json.items[0];
      const value = first[param[1]] ?? first.slug;
      address = address.replace(param[0], encodeURIComponent(value));
    }
    return `/api/v1${address}${endpoint.exampleQuery ? `?${endpoint.exampleQuery}` : ""}`;
  }

  it.each(ENDPOINTS.map((e) => [e.id, e] as const))("%s", async (_id, endpoint) => {
    const url = await sampleUrl(endpoint);
    const { status, json } = await api(url);
    expect([url, status]).toEqual([url, 200]);
    const parsed = endpoint.response.safeParse(json);
    if (!parsed.success) throw new Error(`${url}: ${parsed.error.message}`);
    if (Array.isArray(json.items)) expect(json.items.length).toBeGreaterThan(0);
  });
});
