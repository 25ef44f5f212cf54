import "./support/jsdom-polyfills";
// The edit screen when someone else saved first: the server (a fake data provider here, the
// server is outside jsdom; the real API is covered in data-provider.test.ts) answers 409.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, HttpError, ResourceContextProvider, testDataProvider, type DataProvider } from "react-admin";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta } from "@/components/admin/meta";
import { ResourceEdit } from "@/components/admin/resource/ResourceEdit";

const meta: AdminMeta = {
  user: { id: "u1", name: "Alice", email: "alice@example.test", role: "EDITOR" },
  resources: [
    {
      name: "claims",
      label: "Claims",
      titleField: "statement",
      softDelete: true,
      defaultSort: { field: "updatedAt", order: "DESC" },
      can: { read: true, create: true, update: true, delete: true },
      fields: [{ name: "statement", type: "text", required: true, label: "Statement" }],
      actions: [],
    },
  ],
};

function serverWhereBobSavedFirst() {
  let stored = { id: "c1", statement: "Flask was released in 2010.", version: 1 };
  const updates: unknown[] = [];
  const dataProvider = testDataProvider({
    getOne: async () => ({ data: { ...stored } }),
    update: async (_resource: string, params: { data: unknown }) => {
      updates.push(params.data);
      // Bob saved in the meantime.
      stored = { id: "c1", statement: "Flask 0.1 was released in April 2010.", version: 2 };
      throw new HttpError("Changed by Bob at 2026-11-21T10:00:00.000Z since you opened it.", 409, {
        code: "conflict",
        current: { currentVersion: 2, changedBy: "Bob", changedAt: "2026-11-21T10:00:00.000Z" },
      });
    },
    history: async () => ({ data: [] }),
  } as unknown as Partial<DataProvider>);
  return { dataProvider, updates };
}

it("an editor saving a stale claim sees who changed it, keeps their text, and can load the other version", async () => {
  const user = userEvent.setup({ delay: null });
  const { dataProvider, updates } = serverWhereBobSavedFirst();
  render(
    <AdminContext dataProvider={dataProvider}>
      <MetaProvider meta={meta}>
        <ResourceContextProvider value="claims">
          <ResourceEdit id="c1" resource="claims" />
        </ResourceContextProvider>
      </MetaProvider>
    </AdminContext>,
  );
  const input = await screen.findByLabelText(/Statement/);
  await waitFor(() => expect(input).toHaveValue("Flask was released in 2010."));
  await user.clear(input);
  await user.type(input, "Flask was released in 2011.");
  await user.click(screen.getByRole("button", { name: /save/i }));

  const alert = await screen.findByText(/Changed by Bob at .* since you opened it\./);
  expect(alert).toBeInTheDocument();
  expect(screen.getByText(/nothing was overwritten/)).toBeInTheDocument();
  expect(updates).toHaveLength(1);
  // The editor's text is still there.
  expect(screen.getByLabelText(/Statement/)).toHaveValue("Flask was released in 2011.");

  await user.click(screen.getByRole("button", { name: "Load their version" }));
  await waitFor(() => expect(screen.getByLabelText(/Statement/)).toHaveValue("Flask 0.1 was released in April 2010."));
  expect(screen.queryByText(/Changed by Bob/)).not.toBeInTheDocument();
}, 30_000); // a full react-admin edit screen renders slowly in jsdom on a shared machine
