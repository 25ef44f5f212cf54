import "./support/jsdom-polyfills";
// Forms with pickers, never ids or JSON: a verdict's evidence is picked with a claim search that
// shows statement, status and source; a claim's conditions are labelled key–value rows with the
// keys other claims use offered; what is saved is the value the API expects. The server is a
// recording stand-in (jsdom has no database); the choices and keys routes are tested against both
// databases in tests/app/api/admin/forms.test.ts, and the whole form in the browser journey.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, Form, RecordContextProvider, ResourceContextProvider, testDataProvider } from "react-admin";
import { FieldInput } from "@/components/admin/fields/FieldInput";
import { ValueField } from "@/components/admin/fields/ValueField";
import { scalarOf } from "@/components/admin/fields/StructuredInput";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { FieldMeta } from "@/components/admin/meta";
import type { Choice } from "@/lib/admin/choices";
import { FORM_META } from "./support/form-fields";

jest.setTimeout(30_000);
// A loaded 2-core machine can take over a second to settle a picker.

// The fields as the registry describes them to an editor (checked in tests/app/api/admin/forms.test.ts).
const meta = FORM_META;
const fieldOf = (resource: string, name: string) =>
  meta.resources.find((r) => r.name === resource)!.fields.find((f) => f.name === name) as FieldMeta;

const CLAIMS: Choice[] = [
  { id: "c1", value: "c1", title: "Django has a built-in admin.", detail: ["Verified", "From Django vs Flask"] },
  { id: "c2", value: "c2", title: "Flask is small.", detail: ["Draft", "From Micro frameworks"] },
];
const TECHNOLOGIES: Choice[] = [
  { id: "t1", value: "django", title: "Django", detail: ["Active"] },
  { id: "t2", value: "flask", title: "Flask", detail: ["Active"] },
];

function server() {
  const asked: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://localhost");
    asked.push(url.pathname + url.search);
    const reply = (data: unknown) => ({ ok: true, status: 200, json: async () => ({ data }) }) as unknown as Response;
    const pool = url.pathname.startsWith("/api/admin/claims/choices")
      ? CLAIMS
      : url.pathname.startsWith("/api/admin/technologies/choices")
        ? TECHNOLOGIES
        : null;
    if (pool) {
      const values = url.searchParams.getAll("value");
      const q = (url.searchParams.get("q") ?? "").toLowerCase();
      return reply(
        values.length
          ? pool.filter((c) => values.includes(c.value))
          : pool.filter((c) => c.title.toLowerCase().includes(q)),
      );
    }
    if (url.pathname === "/api/admin/claims/keys")
      return reply([
        { key: "workers", count: 9 },
        { key: "hardware", count: 4 },
        { key: "server", count: 2 },
      ]);
    return { ok: false, status: 404, json: async () => ({ error: { message: "Not found" } }) } as unknown as Response;
  }) as typeof fetch;
  return { asked, restore: () => (globalThis.fetch = realFetch) };
}

function renderForm(
  resource: string,
  field: string,
  record: Record<string, unknown>,
  onSubmit: (data: Record<string, unknown>) => void,
) {
  return render(
    <AdminContext dataProvider={testDataProvider()}>
      <MetaProvider meta={meta}>
        <ResourceContextProvider value={resource}>
          <Form record={{ id: "r1", version: 1, ...record }} onSubmit={onSubmit}>
            <FieldInput field={fieldOf(resource, field)} mode="edit" />
            <button type="submit">Save</button>
          </Form>
        </ResourceContextProvider>
      </MetaProvider>
    </AdminContext>,
  );
}

const noJson = () => {
  for (const box of screen.queryAllByRole("textbox")) expect((box as HTMLInputElement).value).not.toMatch(/[[{]/);
};

describe("a verdict's evidence", () => {
  it("shows cited claims by statement with status and source, adds one found by search, and saves claim ids", async () => {
    const s = server();
    const user = userEvent.setup({ delay: null });
    const saved: Array<Record<string, unknown>> = [];
    try {
      renderForm("verdicts", "evidence", { evidence: [{ claimId: "c1", weight: 2, role: "SUPPORTS" }] }, (data) =>
        saved.push(data),
      );
      const first = screen.getByRole("group", { name: "Claim 1" });
      await waitFor(() =>
        expect(within(first).getByRole("combobox", { name: "Claim" })).toHaveValue("Django has a built-in admin."),
      );
      expect(within(first).getByText("Verified · From Django vs Flask")).toBeInTheDocument();
      expect(within(first).getByRole("combobox", { name: "Role" })).toHaveValue("SUPPORTS");
      expect(within(first).getByRole("spinbutton", { name: "Weight" })).toHaveValue(2);
      noJson();

      await user.click(screen.getByRole("button", { name: "Add claim" }));
      const second = screen.getByRole("group", { name: "Claim 2" });
      expect(within(second).getByRole("spinbutton", { name: "Weight" })).toHaveValue(1);
      await user.type(within(second).getByRole("combobox", { name: "Claim" }), "flask");
      const option = await screen.findByRole("option", { name: /Flask is small\./ });
      expect(option).toHaveTextContent("Draft · From Micro frameworks");
      // The claim already cited is not offered again.
      expect(screen.queryByRole("option", { name: /Django has/ })).not.toBeInTheDocument();
      await user.click(option);
      await user.selectOptions(within(second).getByRole("combobox", { name: "Role" }), "OPPOSES");
      await user.click(screen.getByRole("button", { name: "Save" }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved[0].evidence).toEqual([
        { claimId: "c1", weight: 2, role: "SUPPORTS" },
        { claimId: "c2", weight: 1, role: "OPPOSES" },
      ]);
      expect(s.asked.some((u) => u.startsWith("/api/admin/claims/choices?") && u.includes("q=flask"))).toBe(true);
    } finally {
      s.restore();
    }
  });

  it("refuses to save a row without its claim and says which row", async () => {
    const s = server();
    const user = userEvent.setup({ delay: null });
    const saved: unknown[] = [];
    try {
      renderForm("verdicts", "evidence", { evidence: [] }, (data) => saved.push(data));
      await user.click(screen.getByRole("button", { name: "Add claim" }));
      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(await screen.findByText("Claim 1: Claim is required.")).toBeInTheDocument();
      expect(saved).toHaveLength(0);
    } finally {
      s.restore();
    }
  });
});

describe("a claim's conditions", () => {
  it("are labelled key–value rows with the keys in use suggested, saved as an object with numbers as numbers", async () => {
    const s = server();
    const user = userEvent.setup({ delay: null });
    const saved: Array<Record<string, unknown>> = [];
    try {
      renderForm("claims", "conditions", { conditions: { workers: 4, hardware: "laptop" } }, (data) =>
        saved.push(data),
      );
      const first = screen.getByRole("group", { name: "Condition 1" });
      expect(within(first).getByRole("combobox", { name: "Condition" })).toHaveValue("workers");
      expect(within(first).getByRole("textbox", { name: "Value" })).toHaveValue("4");
      noJson();

      await user.click(screen.getByRole("button", { name: "Add condition" }));
      const third = screen.getByRole("group", { name: "Condition 3" });
      await user.type(within(third).getByRole("combobox", { name: "Condition" }), "ser");
      // Keys other claims use are offered; the ones this claim has already are not.
      await user.click(await screen.findByRole("option", { name: "server" }));
      expect(screen.queryByRole("option", { name: "workers" })).not.toBeInTheDocument();
      await user.type(within(third).getByRole("textbox", { name: "Value" }), "gunicorn");
      const workers = within(first).getByRole("textbox", { name: "Value" });
      await user.clear(workers);
      await user.type(workers, "8");
      await user.click(screen.getByRole("button", { name: "Save" }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved[0].conditions).toEqual({ workers: 8, hardware: "laptop", server: "gunicorn" });
      expect(s.asked).toContain("/api/admin/claims/keys?field=conditions");
    } finally {
      s.restore();
    }
  });

  it("a key given twice is refused with the key named", async () => {
    const s = server();
    const user = userEvent.setup({ delay: null });
    const saved: unknown[] = [];
    try {
      renderForm("claims", "conditions", { conditions: { workers: 4 } }, (data) => saved.push(data));
      await user.click(screen.getByRole("button", { name: "Add condition" }));
      const second = screen.getByRole("group", { name: "Condition 2" });
      await user.type(within(second).getByRole("combobox", { name: "Condition" }), "workers");
      await user.type(within(second).getByRole("textbox", { name: "Value" }), "2");
      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(await screen.findByText('"workers" is there twice.')).toBeInTheDocument();
      expect(saved).toHaveLength(0);
    } finally {
      s.restore();
    }
  });

  it("types numbers and yes/no as such, anything else as text", () => {
    expect([scalarOf("8"), scalarOf("2.5"), scalarOf("true"), scalarOf("2 vCPU"), scalarOf(" gunicorn ")]).toEqual([
      8,
      2.5,
      true,
      "2 vCPU",
      "gunicorn",
    ]);
  });
});

describe("technologies and drivers by name", () => {
  it("a claim's direction per technology shows names and stores slugs", async () => {
    const s = server();
    const user = userEvent.setup({ delay: null });
    const saved: Array<Record<string, unknown>> = [];
    try {
      renderForm("claims", "directions", { directions: { django: "supports" } }, (data) => saved.push(data));
      const first = screen.getByRole("group", { name: "Technology 1" });
      await waitFor(() => expect(within(first).getByRole("combobox", { name: "Technology" })).toHaveValue("Django"));
      expect(within(first).getByRole("combobox", { name: "Direction" })).toHaveValue("supports");
      await user.click(screen.getByRole("button", { name: "Add technology" }));
      const second = screen.getByRole("group", { name: "Technology 2" });
      await user.type(within(second).getByRole("combobox", { name: "Technology" }), "fla");
      await user.click(await screen.findByRole("option", { name: /Flask/ }));
      await user.selectOptions(within(second).getByRole("combobox", { name: "Direction" }), "against");
      await user.click(screen.getByRole("button", { name: "Save" }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved[0].directions).toEqual({ django: "supports", flask: "against" });
    } finally {
      s.restore();
    }
  });

  it("a decision's option picks its technology by name; drivers and options read by label on the record's page", async () => {
    const s = server();
    try {
      const record = {
        id: "d1",
        drivers: ["ml-serving", "our own driver"],
        options: [{ name: "Use Django", technology: "django", pros: ["Admin"], cons: [] }],
        date: "2026-01-05T00:00:00.000Z",
        updatedAt: "2026-12-03T20:40:25.000Z",
      };
      render(
        <AdminContext dataProvider={testDataProvider()}>
          <MetaProvider meta={meta}>
            <ResourceContextProvider value="decisions">
              <RecordContextProvider value={record}>
                <div data-testid="drivers">
                  <ValueField field={fieldOf("decisions", "drivers")} />
                </div>
                <div data-testid="options">
                  <ValueField field={fieldOf("decisions", "options")} />
                </div>
                <div data-testid="date">
                  <ValueField field={fieldOf("decisions", "date")} />
                </div>
              </RecordContextProvider>
            </ResourceContextProvider>
          </MetaProvider>
        </AdminContext>,
      );
      expect(screen.getByTestId("drivers")).toHaveTextContent("Serves machine-learning models, our own driver");
      await waitFor(() => expect(screen.getByTestId("options")).toHaveTextContent("Use Django · Django · Pros: Admin"));
      expect(screen.getByTestId("date")).toHaveTextContent("5 Jan 2026");
    } finally {
      s.restore();
    }
  });
});
