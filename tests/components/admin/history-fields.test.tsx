import "./support/jsdom-polyfills";
// One field restored from a past version (the dialog previews that field alone, with its public
// consequence) and any two versions compared, picked by who and when, shown with labels and names.
// The server is a stand-in here answering as the routes do; the routes themselves are tested in
// tests/app/api/admin/history-fields.test.ts.
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
          name: "technologyIds",
          type: "references",
          reference: "technologies",
          relation: "technologies",
          label: "Technologies",
        },
      ],
      actions: [],
    },
  ],
};

const HISTORY = {
  data: [
    {
      id: "r3",
      action: "UPDATE",
      createdAt: "2026-12-03T20:40:25.000Z",
      user: { id: "u1", name: "Edith Editor" },
      reason: null,
      changes: { status: { before: "DRAFT", after: "VERIFIED" } },
    },
    {
      id: "r2",
      action: "UPDATE",
      createdAt: "2026-12-02T10:00:00.000Z",
      user: { id: "u1", name: "Edith Editor" },
      reason: null,
      changes: {
        statement: { before: "Flask is small.", after: "Flask is a microframework." },
        technologyIds: { before: [], after: ["t1"] },
      },
    },
    {
      id: "r1",
      action: "CREATE",
      createdAt: "2026-12-01T09:00:00.000Z",
      user: null,
      reason: null,
      changes: { statement: { before: null, after: "Flask is small." } },
    },
  ],
  names: { u1: "Edith Editor", t1: "Flask" },
};

/** What the revert preview route answers for the first version: every field, or the one asked for. */
const WHOLE = {
  statement: { before: "Flask is a microframework.", after: "Flask is small." },
  status: { before: "VERIFIED", after: "DRAFT" },
  technologyIds: { before: ["t1"], after: [] },
};
const LEAVES = "This claim will leave the public site: its page will no longer be found.";

function previewAnswer(url: URL) {
  const field = url.searchParams.get("field");
  const changes = field ? { [field]: WHOLE[field as keyof typeof WHOLE] } : WHOLE;
  const consequences = "status" in changes ? [LEAVES] : [];
  return {
    revisionId: url.searchParams.get("revisionId"),
    versionOf: "2026-12-01T09:00:00.000Z",
    changes,
    consequences,
    names: { t1: "Flask" },
  };
}

function renderPanel(extra: Record<string, unknown>) {
  const dataProvider = testDataProvider({ history: async () => HISTORY, ...extra } as never);
  render(
    <AdminContext dataProvider={dataProvider}>
      <MetaProvider meta={meta}>
        <ResourceContextProvider value="claims">
          <RecordContextProvider
            value={{
              id: "c1",
              statement: "Flask is a microframework.",
              status: "VERIFIED",
              technologyIds: ["t1"],
              version: 3,
            }}
          >
            <HistoryPanel />
          </RecordContextProvider>
        </ResourceContextProvider>
      </MetaProvider>
    </AdminContext>,
  );
}

let asked: string[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  asked = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    const data = previewAnswer(new URL(String(input), "http://localhost"));
    return { ok: true, status: 200, json: async () => ({ data }) } as unknown as Response;
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

it("restores only the statement of the first version: the dialog previews that field alone, without the public warning", async () => {
  const user = userEvent.setup({ delay: null });
  const reverted: unknown[] = [];
  renderPanel({ revert: async (_r: string, params: unknown) => (reverted.push(params), { data: { id: "c1" } }) });
  await user.click(await screen.findByText("History (3)"));
  const created = await screen.findByRole("region", { name: /^Created by System, / });
  await user.click(within(created).getByRole("button", { name: "Restore this version…" }));
  const dialog = await screen.findByRole("dialog", { name: "Restore this version?" });
  expect(await within(dialog).findByText(LEAVES)).toBeInTheDocument();

  await user.click(within(dialog).getByRole("combobox", { name: "What to restore" }));
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "Every field that differs (3)",
    "Only Statement",
    "Only Status",
    "Only Technologies",
  ]);
  await user.click(screen.getByRole("option", { name: "Only Statement" }));
  const restoreOne = await within(dialog).findByRole("button", { name: "Restore Statement" });
  await waitFor(() => expect(within(dialog).queryByText(LEAVES)).toBeNull());
  expect(within(dialog).getByRole("table", { name: "Changes" }).textContent).not.toContain("Status");
  expect(asked).toEqual([
    "/api/admin/claims/c1/revert?revisionId=r1",
    "/api/admin/claims/c1/revert?revisionId=r1&field=statement",
  ]);
  expect(reverted).toEqual([]);
  await user.click(restoreOne);
  await waitFor(() => expect(reverted).toEqual([{ id: "c1", revisionId: "r1", version: 3, fields: ["statement"] }]));
});

it("picking the status alone still calls out that the claim leaves the public site", async () => {
  const user = userEvent.setup({ delay: null });
  renderPanel({ revert: async () => ({ data: { id: "c1" } }) });
  await user.click(await screen.findByText("History (3)"));
  await user.click(
    within(await screen.findByRole("region", { name: /^Created by System, / })).getByRole("button", {
      name: "Restore this version…",
    }),
  );
  const dialog = await screen.findByRole("dialog", { name: "Restore this version?" });
  await user.click(await within(dialog).findByRole("combobox", { name: "What to restore" }));
  await user.click(screen.getByRole("option", { name: "Only Status" }));
  expect(await within(dialog).findByRole("button", { name: "Restore Status" })).toBeEnabled();
  expect(await within(dialog).findByText(LEAVES)).toBeInTheDocument();
});

it("compares the first and the latest version by who and when, with names and labels, never ids", async () => {
  const user = userEvent.setup({ delay: null });
  const compared: unknown[] = [];
  renderPanel({
    compareVersions: async (_r: string, params: { from: string; to: string }) => {
      compared.push(params);
      return {
        data: {
          from: { revisionId: params.from, action: "CREATE", createdAt: "2026-12-01T09:00:00.000Z", user: "System" },
          to: { revisionId: params.to, action: "UPDATE", createdAt: "2026-12-03T20:40:25.000Z", user: "Edith Editor" },
          changes: {
            statement: { before: "Flask is small.", after: "Flask is a microframework." },
            status: { before: "DRAFT", after: "VERIFIED" },
            technologyIds: { before: [], after: ["t1"] },
          },
          names: { t1: "Flask" },
        },
      };
    },
  });
  await user.click(await screen.findByText("History (3)"));
  const section = await screen.findByRole("region", { name: "Compare two versions" });
  // Offered by who and when; the previous version against the latest by default.
  expect(within(section).getByRole("combobox", { name: "From" }).textContent).toMatch(
    /^Edited by Edith Editor, 2 Dec 2026, \d{2}:\d{2}$/,
  );
  await user.click(within(section).getByRole("combobox", { name: "From" }));
  await user.click(screen.getByRole("option", { name: /^Created by System, 1 Dec 2026/ }));
  await user.click(within(section).getByRole("button", { name: "Compare" }));
  await waitFor(() => expect(compared).toEqual([{ id: "c1", from: "r1", to: "r3" }]));
  const table = await within(section).findByRole("table", { name: "Changes" });
  const row = (name: string) =>
    Array.from(within(table).getByRole("rowheader", { name }).closest("tr")!.querySelectorAll("td")).map(
      (td) => td.textContent,
    );
  expect(row("Status")).toEqual(["Draft", "Verified"]);
  expect(row("Technologies")).toEqual(["(none)", "Flask"]);
  expect(table.textContent).not.toMatch(/\bt1\b|VERIFIED|r1|r3/);
});
