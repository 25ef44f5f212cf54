import "./support/jsdom-polyfills";
// The generated list shows create, selection and bulk actions only to users the metadata allows.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, ResourceContextProvider, testDataProvider, type DataProvider } from "react-admin";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta, ResourceMeta } from "@/components/admin/meta";
import { ResourceList } from "@/components/admin/resource/ResourceList";

const claims = (can: ResourceMeta["can"], actions: ResourceMeta["actions"]): ResourceMeta => ({
  name: "claims",
  label: "Claims",
  titleField: "statement",
  softDelete: true,
  defaultSort: { field: "updatedAt", order: "DESC" },
  can,
  fields: [
    { name: "statement", type: "text", list: true, search: true, label: "Statement" },
    { name: "status", type: "enum", choices: ["DRAFT", "VERIFIED"], list: true, filter: true, sortable: true },
  ],
  actions,
});

const dataProvider = testDataProvider({
  getList: async () => ({
    data: [{ id: "c1", statement: "Django has a built-in admin.", status: "DRAFT", version: 1 }],
    total: 1,
  }),
} as Partial<DataProvider>);

function renderListAs(role: AdminMeta["user"]["role"], resource: ResourceMeta) {
  const meta: AdminMeta = { user: { id: "u", name: "U", email: "u@example.test", role }, resources: [resource] };
  return render(
    <AdminContext dataProvider={dataProvider}>
      <MetaProvider meta={meta}>
        <ResourceContextProvider value="claims">
          <ResourceList />
        </ResourceContextProvider>
      </MetaProvider>
    </AdminContext>,
  );
}

it("a contributor reads claims without create, selection, trash or bulk actions", async () => {
  renderListAs("CONTRIBUTOR", claims({ read: true, create: false, update: false, delete: false }, []));
  expect(await screen.findByText("Django has a built-in admin.")).toBeInTheDocument();
  expect(screen.queryByRole("link", { name: /create/i })).not.toBeInTheDocument();
  expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Trash" })).not.toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Export CSV" })).toHaveAttribute(
    "href",
    expect.stringContaining("/api/admin/claims/export?"),
  );
}, 30_000);

it("an editor gets create, row selection and the trash", async () => {
  renderListAs(
    "EDITOR",
    claims({ read: true, create: true, update: true, delete: true }, [
      { name: "setStatus", label: "Change status", bulk: true },
    ]),
  );
  expect(await screen.findByText("Django has a built-in admin.")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: /create/i })).toBeInTheDocument();
  expect(screen.getAllByRole("checkbox").length).toBeGreaterThan(0);
  expect(screen.getByRole("button", { name: "Trash" })).toBeInTheDocument();
}, 30_000);

// The test admin has no translations: react-admin's own buttons are named by their message key ("Columns" in the app).
const COLUMNS = /^(Columns|ra\.action\.select_columns)$/;

it("the column chooser hides a column from the table and brings it back", async () => {
  const user = userEvent.setup({ delay: null });
  renderListAs("EDITOR", claims({ read: true, create: true, update: true, delete: true }, []));
  expect(await screen.findByText("Django has a built-in admin.")).toBeInTheDocument();
  const headers = () => screen.getAllByRole("columnheader").map((h) => h.textContent);
  expect(headers()).toEqual(expect.arrayContaining(["Statement", "Status"]));
  await user.click(screen.getByRole("button", { name: COLUMNS }));
  const toggle = async () => user.click(await screen.findByRole("switch", { name: "Status" }, { timeout: 5000 }));
  await toggle();
  await user.keyboard("{Escape}");
  // (The open menu hides the page from assistive technology until it has closed.)
  await waitFor(() => expect(headers()).not.toContain("Status"));
  expect(headers()).toContain("Statement");
  await user.click(screen.getByRole("button", { name: COLUMNS }));
  await toggle();
  await user.keyboard("{Escape}");
  await waitFor(() => expect(headers()).toContain("Status"));
}, 30_000);

// Applying a filter moves the list's URL (react-router builds a fetch Request for it, which jsdom lacks).
class NavigationRequest {
  readonly url: string;
  readonly signal: AbortSignal;
  readonly method: string;
  constructor(url: string | URL, init: { signal?: AbortSignal; method?: string } = {}) {
    this.url = String(url);
    this.signal = init.signal ?? new AbortController().signal;
    this.method = init.method ?? "GET";
  }
}

it("a saved filter is applied in one click, the current filter is saved under a name, and one is deleted", async () => {
  const user = userEvent.setup({ delay: null });
  (globalThis as { Request?: unknown }).Request ??= NavigationRequest;
  const store: Array<{ id: string; resource: string; name: string; filter: Record<string, unknown>; version: number }> =
    [{ id: "f1", resource: "claims", name: "Verified", filter: { status: "VERIFIED" }, version: 1 }];
  const lists: unknown[] = [];
  const provider = testDataProvider({
    getList: async (_r: string, params: { filter: unknown }) => (
      lists.push(params.filter),
      { data: [{ id: "c1", statement: "Django has a built-in admin.", status: "DRAFT", version: 1 }], total: 1 }
    ),
    savedFilters: async () => ({ data: [...store] }),
    saveFilter: async (resource: string, { name, filter }: { name: string; filter: Record<string, unknown> }) => {
      const row = { id: `f${store.length + 1}`, resource, name, filter, version: 1 };
      store.push(row);
      return { data: row };
    },
    deleteSavedFilter: async (id: string) => (
      store.splice(
        store.findIndex((f) => f.id === id),
        1,
      ),
      {}
    ),
  } as never);
  const meta: AdminMeta = {
    user: { id: "u", name: "U", email: "u@example.test", role: "EDITOR" },
    resources: [claims({ read: true, create: true, update: true, delete: true }, [])],
  };
  render(
    <AdminContext dataProvider={provider}>
      <MetaProvider meta={meta}>
        <ResourceContextProvider value="claims">
          <ResourceList />
        </ResourceContextProvider>
      </MetaProvider>
    </AdminContext>,
  );
  expect(await screen.findByText("Django has a built-in admin.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Saved filters" }));
  expect(screen.getByRole("menuitem", { name: /Save the current filter/ })).toHaveAttribute("aria-disabled", "true");
  await user.click(await screen.findByRole("menuitem", { name: /^Verified/ }));
  await waitFor(() => expect(lists.at(-1)).toEqual({ status: "VERIFIED" }));

  await user.click(screen.getByRole("button", { name: "Saved filters" }));
  await user.click(screen.getByRole("menuitem", { name: /Save the current filter/ }));
  const dialog = await screen.findByRole("dialog", { name: "Save this filter" });
  await user.type(screen.getByLabelText("Name"), "Checked claims");
  await user.click(screen.getByRole("button", { name: "Save" }));
  await waitFor(() =>
    expect(store.map((f) => [f.name, f.filter])).toEqual([
      ["Verified", { status: "VERIFIED" }],
      ["Checked claims", { status: "VERIFIED" }],
    ]),
  );
  await waitFor(() => expect(dialog).not.toBeInTheDocument());

  await user.click(screen.getByRole("button", { name: "Saved filters" }));
  await user.click(await screen.findByRole("button", { name: "Delete saved filter Verified" }));
  await waitFor(() => expect(screen.queryByRole("menuitem", { name: /^Verified/ })).toBeNull());
  expect(store.map((f) => f.name)).toEqual(["Checked claims"]);
}, 30_000);
