import "./support/jsdom-polyfills";
// A write-only field (a user's password: set on the edit screen, never read back) has no row on the
// show screen and no column in the list (#12: the user page showed an empty "Password" row). The
// registry marks it so (tests/app/api/admin/write-only.test.ts); the fixture here is what the admin
// meta sends for users, plus `list: true` to show the list leaves it out all the same.
import { render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { AdminContext, ResourceContextProvider, testDataProvider, type DataProvider } from "react-admin";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta, ResourceMeta } from "@/components/admin/meta";
import { ResourceList } from "@/components/admin/resource/ResourceList";
import { ResourceShow } from "@/components/admin/resource/ResourceShow";

jest.setTimeout(30_000);

const users: ResourceMeta = {
  name: "users",
  label: "Users",
  titleField: "name",
  softDelete: false,
  defaultSort: { field: "email", order: "ASC" },
  can: { read: true, create: true, update: true, delete: false },
  fields: [
    { name: "email", type: "email", required: true, list: true, label: "Email" },
    { name: "name", type: "string", required: true, list: true, label: "Name" },
    { name: "password", type: "string", max: 256, writeOnly: true, list: true, help: "Set to change the password." },
  ],
  actions: [],
};
const meta: AdminMeta = {
  user: { id: "a1", name: "Ada Admin", email: "ada@example.test", role: "ADMIN" },
  resources: [users],
};
const ADA = { id: "u1", email: "grace@example.test", name: "Grace", version: 1 };

const dataProvider = testDataProvider({
  getOne: async () => ({ data: ADA }),
  getList: async () => ({ data: [ADA], total: 1 }),
  history: async () => ({ data: [], names: {} }),
} as Partial<DataProvider>);

function renderAt(path: string, screenElement: React.ReactElement) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={dataProvider}>
        <MetaProvider meta={meta}>
          <ResourceContextProvider value="users">
            <Routes>
              <Route path="/users/:id/show" element={screenElement} />
              <Route path="/users" element={screenElement} />
            </Routes>
          </ResourceContextProvider>
        </MetaProvider>
      </AdminContext>
    </MemoryRouter>,
  );
}

it("the user show screen has no Password row", async () => {
  renderAt("/users/u1/show", <ResourceShow />);
  expect(await screen.findByText("grace@example.test")).toBeInTheDocument();
  expect(screen.getByText("Email")).toBeInTheDocument();
  expect(screen.queryByText("Password")).toBeNull();
});

it("the user list has no Password column", async () => {
  renderAt("/users", <ResourceList />);
  expect(await screen.findByText("grace@example.test")).toBeInTheDocument();
  const headers = screen.getAllByRole("columnheader").map((h) => h.textContent);
  expect(headers).toEqual(expect.arrayContaining(["Email"]));
  expect(headers).not.toContain("Password");
});
