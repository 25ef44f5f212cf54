/**
 * @jest-environment ./tests/support/jsdom-server-environment.js
 */
import "./support/jsdom-polyfills";
// An action's dialog is generated from the input schema the real admin meta sends, and what it
// submits goes through the real bulk route, which validates it with the action's zod input and
// writes it (a real SQLite database; tests/app/api/admin/action-forms.test.ts runs every action).
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext } from "react-admin";
import { ActionButton } from "@/components/admin/actions/ActionDialog";
import { createDataProvider } from "@/components/admin/data-provider";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta } from "@/components/admin/meta";
import type { Actor } from "@/lib/auth/roles";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { routeFetch } from "./support/route-fetch";

process.env.NEXTAUTH_SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef";
jest.setTimeout(60_000);

let t: TestDatabase;
let editor: Actor;
beforeEach(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
  editor = await makeUser(t.db, "EDITOR", { name: "Edith" });
});
afterEach(async () => t.close());

it("resolves a contradiction through the form generated from its input schema", async () => {
  const user = userEvent.setup({ delay: null });
  const fetchAs = routeFetch(editor);
  const dataProvider = createDataProvider({ fetch: fetchAs });
  const claim = async (statement: string) =>
    (await dataProvider.create("claims", { data: { statement, kind: "FACT" } })).data;
  const [a, b] = [await claim("Flask is faster than Django."), await claim("Django is faster than Flask.")];
  const contradiction = (
    await dataProvider.create("contradictions", { data: { claimAId: a.id, claimBId: b.id, kind: "FACT" } })
  ).data;
  const meta = (await (await fetchAs("/api/admin/meta")).json()) as AdminMeta;
  const contradictions = meta.resources.find((r) => r.name === "contradictions")!;
  const resolve = contradictions.actions.find((x) => x.name === "resolve")!;

  render(
    <AdminContext dataProvider={dataProvider}>
      <MetaProvider meta={meta}>
        <ActionButton
          resource={contradictions}
          action={resolve}
          ids={[contradiction.id]}
          versions={{ [String(contradiction.id)]: 1 }}
        />
      </MetaProvider>
    </AdminContext>,
  );
  await user.click(screen.getByRole("button", { name: "Resolve" }));
  const dialog = await screen.findByRole("dialog");
  // Exactly the schema's fields, by their labels.
  expect(within(dialog).getAllByRole("combobox").length + within(dialog).getAllByRole("textbox").length).toBe(2);
  await user.click(within(dialog).getByRole("combobox", { name: /Status/ }));
  await user.click(await screen.findByRole("option", { name: "Not comparable" }));
  await user.type(within(dialog).getByRole("textbox", { name: /How it was resolved/ }), "Different workloads.");
  await user.click(within(dialog).getByRole("button", { name: "Resolve" }));

  await waitFor(async () => {
    const stored = await t.db.contradiction.findUniqueOrThrow({ where: { id: String(contradiction.id) } });
    expect([stored.status, stored.resolutionNote]).toEqual(["NOT_COMPARABLE", "Different workloads."]);
  });
});
