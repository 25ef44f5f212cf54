import "./support/jsdom-polyfills";
// A record's toolbar offers Edit and Delete only when the server says this user may change that
// record (row rules: a contributor and another team's decision). The server is a stand-in answering
// the permissions route here; the route itself is tested in tests/app/api/admin/role-aware.test.ts.
import { render, screen, waitFor } from "@testing-library/react";
import { AdminContext, RecordContextProvider, ResourceContextProvider, testDataProvider } from "react-admin";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta, ResourceMeta } from "@/components/admin/meta";
import { RecordActions } from "@/components/admin/resource/RecordActions";

jest.setTimeout(30_000);

const decisions: ResourceMeta = {
  name: "decisions",
  label: "Decisions",
  titleField: "title",
  softDelete: true,
  defaultSort: { field: "updatedAt", order: "DESC" },
  can: { read: true, create: true, update: true, delete: true },
  rowRules: true,
  fields: [{ name: "title", type: "string", label: "Title" }],
  actions: [{ name: "supersede", label: "Supersede", bulk: false }],
};

async function toolbarFor(recordId: string, answer: { update: boolean; delete: boolean }) {
  const asked: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return { ok: true, status: 200, json: async () => ({ data: answer }) } as unknown as Response;
  }) as typeof fetch;
  const meta: AdminMeta = {
    user: { id: "u", name: "Casey", email: "c@example.test", role: "CONTRIBUTOR" },
    resources: [decisions],
  };
  const view = render(
    <AdminContext dataProvider={testDataProvider()}>
      <MetaProvider meta={meta}>
        <ResourceContextProvider value="decisions">
          <RecordContextProvider value={{ id: recordId, title: "Use Rails", version: 1 }}>
            <RecordActions page="show" />
          </RecordContextProvider>
        </ResourceContextProvider>
      </MetaProvider>
    </AdminContext>,
  );
  await waitFor(() => expect(asked).toEqual([`/api/admin/decisions/${recordId}/permissions`]));
  return { view, restore: () => (globalThis.fetch = realFetch) };
}

it("another team's decision shows no Edit, Delete or action", async () => {
  const { restore } = await toolbarFor("theirs", { update: false, delete: false });
  try {
    // Give the answer time to land, then check nothing appeared.
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByRole("link", { name: /edit/i })).toBeNull();
    expect(screen.queryByRole("button", { name: /delete/i })).toBeNull();
    expect(screen.queryByRole("button", { name: /supersede/i })).toBeNull();
  } finally {
    restore();
  }
});

it("the contributor's own team's decision shows Edit, Delete and its action", async () => {
  const { restore } = await toolbarFor("ours", { update: true, delete: true });
  try {
    expect(await screen.findByRole("link", { name: /edit/i })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /delete/i })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /supersede/i })).toBeInTheDocument();
  } finally {
    restore();
  }
});
