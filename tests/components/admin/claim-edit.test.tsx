import "./support/jsdom-polyfills";
// The claim edit screen shows what the sources say (each quote and its article's title and date),
// read-only above the form, so an editor correcting a statement has the quote in view.
import { render, screen, within } from "@testing-library/react";
import { AdminContext, testDataProvider, type DataProvider } from "react-admin";
import { ClaimEdit } from "@/components/admin/claims/ClaimShow";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta, ResourceMeta } from "@/components/admin/meta";
import { citations } from "@/lib/resources/citations";

jest.setTimeout(30_000);

const resource = (name: string, titleField: string, fields: ResourceMeta["fields"]): ResourceMeta => ({
  name,
  label: name,
  titleField,
  softDelete: true,
  defaultSort: { field: "updatedAt", order: "DESC" },
  can: { read: true, create: true, update: true, delete: true },
  fields,
  actions: [],
});
const meta: AdminMeta = {
  user: { id: "u1", name: "Edith Editor", email: "e@example.test", role: "EDITOR" },
  resources: [
    resource("claims", "statement", [{ name: "statement", type: "text", required: true, label: "Statement" }]),
    // The field as the resource describes it: its label says it is the quote against the claim.
    resource("citations", "quote", [{ name: "stance", ...citations.fields.stance }]),
    resource("articles", "title", [{ name: "title", type: "string" }]),
  ],
};

it("shows each quote with its source's title and date, outside the form's inputs", async () => {
  const dataProvider = testDataProvider({
    getOne: async () => ({ data: { id: "c1", statement: "FastAPI served 31,000 requests per second.", version: 3 } }),
    getManyReference: async (res: string, params: { target: string; id: unknown }) => {
      expect([res, params.target, params.id]).toEqual(["citations", "claimId", "c1"]);
      return {
        data: [
          {
            id: "q1",
            claimId: "c1",
            articleId: "a1",
            quote: "FastAPI served ~31,000 requests per second.",
            stance: "SUPPORTS",
          },
        ],
        total: 1,
      };
    },
    getMany: async () => ({
      data: [{ id: "a1", title: "Python web frameworks in 2026", publishedAt: "2026-03-02T00:00:00.000Z" }],
    }),
    history: async () => ({ data: [], names: {} }),
  } as Partial<DataProvider>);
  render(
    <AdminContext dataProvider={dataProvider}>
      <MetaProvider meta={meta}>
        <ClaimEdit id="c1" resource="claims" />
      </MetaProvider>
    </AdminContext>,
  );
  const quote = await screen.findByText("FastAPI served ~31,000 requests per second.");
  expect(quote.tagName).toBe("Q");
  const row = quote.closest("tr") as HTMLElement;
  expect(await within(row).findByText("Python web frameworks in 2026, 2 Mar 2026")).toBeInTheDocument();
  expect(within(row).getByText("Supports")).toBeInTheDocument();
  // "Supports" is the quote bearing the claim out, never a word for or against a technology: the column says so.
  expect(screen.getByRole("columnheader", { name: "Quote vs claim" })).toBeInTheDocument();
  expect(within(row).queryByRole("link")).toBeNull();
  expect(screen.getByRole("textbox", { name: /Statement/ })).toHaveValue("FastAPI served 31,000 requests per second.");
  expect(screen.getAllByRole("textbox").map((b) => (b as HTMLInputElement).value)).not.toContain(
    "FastAPI served ~31,000 requests per second.",
  );
});
