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
  getList: async () => ({ data: [{ id: "c1", statement: "Django has a built-in admin.", status: "DRAFT", version: 1 }], total: 1 }),
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
  expect(screen.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", expect.stringContaining("/api/admin/claims/export?"));
}, 30_000);

it("an editor gets create, row selection and the trash", async () => {
  renderListAs("EDITOR", claims({ read: true, create: true, update: true, delete: true }, [{ name: "setStatus", label: "Change status", bulk: true }]));
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
