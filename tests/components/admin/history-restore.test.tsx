import "./support/jsdom-polyfills";
// Restoring a version asks first and shows what will change, with the public consequence, and
// names (not ids), labels (not enum values) and local dates in the history. The server is a
// stand-in here (history, preview, revert); the routes are tested in tests/app/api/admin.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, RecordContextProvider, ResourceContextProvider, testDataProvider } from "react-admin";
import { HistoryPanel } from "@/components/admin/history/HistoryPanel";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta } from "@/components/admin/meta";

jest.setTimeout(30_000);

const meta: AdminMeta = {
  user: { id: "u1", name: "Edith Editor", email: "e@example.test", role: "EDITOR" },
  resources: [
    {
      name: "claims",
      label: "Claims",
      titleField: "statement",
      softDelete: true,
      defaultSort: { field: "updatedAt", order: "DESC" },
      can: { read: true, create: true, update: true, delete: true },
      fields: [
        { name: "statement", type: "text", label: "Statement" },
        { name: "status", type: "enum", choices: ["DRAFT", "VERIFIED"], label: "Status" },
        {
          name: "reviewerId",
          type: "reference",
          reference: "users",
          relation: "reviewer",
          label: "Reviewer",
          editable: false,
        },
      ],
      actions: [],
    },
  ],
};

const HISTORY = {
  data: [
    {
      id: "r2",
      action: "UPDATE",
      createdAt: "2026-12-03T20:40:25.000Z",
      user: { id: "u1", name: "Edith Editor" },
      reason: null,
      changes: { status: { before: "DRAFT", after: "VERIFIED" }, reviewerId: { before: null, after: "u1" } },
    },
    {
      id: "r1",
      action: "CREATE",
      createdAt: "2026-12-01T09:00:00.000Z",
      user: null,
      reason: null,
      changes: { statement: { before: null, after: "Flask is a microframework." } },
    },
  ],
  names: { u1: "Edith Editor" },
};

it("shows the reviewer by name and the status by label, and restores only after showing that the claim leaves the public site", async () => {
  const user = userEvent.setup({ delay: null });
  const reverted: unknown[] = [];
  const dataProvider = testDataProvider({
    history: async () => HISTORY,
    revert: async (_resource: string, params: unknown) => {
      reverted.push(params);
      return { data: { id: "c1" } };
    },
  } as never);
  const realFetch = globalThis.fetch;
  const asked: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    const preview = {
      revisionId: "r1",
      versionOf: "2026-12-01T09:00:00.000Z",
      changes: { status: { before: "VERIFIED", after: "DRAFT" } },
      consequences: ["This claim will leave the public site: its page will no longer be found."],
      names: {},
    };
    return { ok: true, status: 200, json: async () => ({ data: preview }) } as unknown as Response;
  }) as typeof fetch;
  try {
    render(
      <AdminContext dataProvider={dataProvider}>
        <MetaProvider meta={meta}>
          <ResourceContextProvider value="claims">
            <RecordContextProvider
              value={{ id: "c1", statement: "Flask is a microframework.", status: "VERIFIED", version: 2 }}
            >
              <HistoryPanel />
            </RecordContextProvider>
          </ResourceContextProvider>
        </MetaProvider>
      </AdminContext>,
    );
    await user.click(await screen.findByText("History (2)"));
    const edited = await screen.findByRole("region", {
      name: /^Edited by Edith Editor, \d{1,2} Dec 2026, \d{2}:\d{2}$/,
    });
    const status = within(edited).getByRole("rowheader", { name: "Status" }).closest("tr")!;
    expect(Array.from(status.querySelectorAll("td")).map((td) => td.textContent)).toEqual(["Draft", "Verified"]);
    expect(within(edited).getByRole("rowheader", { name: "Reviewer" }).closest("tr")!.textContent).toContain(
      "Edith Editor",
    );
    expect(edited.textContent).not.toContain("u1");

    await user.click(screen.getByRole("button", { name: "Restore this version…" }));
    const dialog = await screen.findByRole("dialog", { name: "Restore this version?" });
    expect(
      await within(dialog).findByText("This claim will leave the public site: its page will no longer be found."),
    ).toBeInTheDocument();
    expect(asked).toEqual(["/api/admin/claims/c1/revert?revisionId=r1"]);
    expect(reverted).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Restore" }));
    await waitFor(() => expect(reverted).toEqual([{ id: "c1", revisionId: "r1", version: 2 }]));
  } finally {
    globalThis.fetch = realFetch;
  }
});
