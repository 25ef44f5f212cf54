import "./support/jsdom-polyfills";
// Editor comforts: "view on site" appears only when the server names a public page; the app bar's
// bell counts what waits and links to where it is listed; at phone width the list is one line per
// record (labels and local dates, no table wider than the screen). The server is a recording
// stand-in here; the routes are tested in tests/app/api/admin/comforts.test.ts.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  AdminContext,
  RecordContextProvider,
  ResourceContextProvider,
  testDataProvider,
  type DataProvider,
} from "react-admin";
import { NotificationsButton, notificationEntries } from "@/components/admin/comforts/NotificationsButton";
import { ViewOnSite } from "@/components/admin/comforts/ViewOnSite";
import { MetaProvider } from "@/components/admin/MetaContext";
import type { AdminMeta, ResourceMeta } from "@/components/admin/meta";
import { ResourceList } from "@/components/admin/resource/ResourceList";

jest.setTimeout(30_000);

const claims: ResourceMeta = {
  name: "claims",
  label: "Claims",
  titleField: "statement",
  softDelete: true,
  onSite: true,
  defaultSort: { field: "updatedAt", order: "DESC" },
  can: { read: true, create: true, update: true, delete: true },
  fields: [
    { name: "statement", type: "text", list: true, search: true, label: "Statement" },
    { name: "status", type: "enum", choices: ["DRAFT", "IN_REVIEW", "VERIFIED"], list: true, filter: true },
    { name: "technologyIds", type: "references", reference: "technologies", relation: "technologies", list: true },
    { name: "updatedAt", type: "datetime", list: true, editable: false },
  ],
  actions: [],
};
const meta: AdminMeta = {
  user: { id: "u", name: "Edith", email: "e@example.test", role: "EDITOR" },
  resources: [claims],
};

function stub(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const key = Object.keys(answers).find((k) => url.startsWith(k));
    return {
      ok: !!key,
      status: key ? 200 : 404,
      json: async () => (key ? { data: answers[key] } : { error: { message: "Not found" } }),
    } as unknown as Response;
  }) as typeof fetch;
  return { asked, restore: () => (globalThis.fetch = realFetch) };
}

const inAdmin = (node: React.ReactNode, dataProvider = testDataProvider()) => (
  <AdminContext dataProvider={dataProvider}>
    <MetaProvider meta={meta}>
      <ResourceContextProvider value="claims">{node}</ResourceContextProvider>
    </MetaProvider>
  </AdminContext>
);

describe("view on site", () => {
  it("links a public record to its page, in a new tab", async () => {
    const s = stub({ "/api/admin/claims/c1/site": { path: "/claims/django-has-an-admin" } });
    try {
      render(
        inAdmin(
          <RecordContextProvider value={{ id: "c1", version: 2 }}>
            <ViewOnSite />
          </RecordContextProvider>,
        ),
      );
      const link = await screen.findByRole("link", { name: "View on site" });
      expect(link).toHaveAttribute("href", "/claims/django-has-an-admin");
      expect(link).toHaveAttribute("target", "_blank");
    } finally {
      s.restore();
    }
  });

  it("offers nothing for a record the site does not show, nor for one in the trash", async () => {
    const s = stub({ "/api/admin/claims/c2/site": { path: null } });
    try {
      render(
        inAdmin(
          <RecordContextProvider value={{ id: "c2", version: 1 }}>
            <ViewOnSite />
          </RecordContextProvider>,
        ),
      );
      await waitFor(() => expect(s.asked).toEqual(["/api/admin/claims/c2/site"]));
      await new Promise((r) => setTimeout(r, 100));
      expect(screen.queryByRole("link", { name: "View on site" })).toBeNull();
    } finally {
      s.restore();
    }
    const trash = stub({});
    try {
      render(
        inAdmin(
          <RecordContextProvider value={{ id: "c3", version: 1, deletedAt: "2026-12-01T00:00:00.000Z" }}>
            <ViewOnSite />
          </RecordContextProvider>,
        ),
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(trash.asked).toEqual([]);
    } finally {
      trash.restore();
    }
  });
});

describe("notifications in the app bar", () => {
  it("counts what waits and opens the screen listing each kind", async () => {
    const user = userEvent.setup({ delay: null });
    const s = stub({ "/api/admin/notifications": { queue: 12, flaggedVerdicts: 0, pendingDecisions: 2, total: 14 } });
    try {
      render(inAdmin(<NotificationsButton />));
      const bell = await screen.findByRole("button", { name: "Notifications: 14 waiting" });
      expect(bell).toHaveTextContent("14");
      await user.click(bell);
      expect(screen.getByRole("menuitem", { name: "Decisions waiting for approval: 2" })).toBeInTheDocument();
      // Nothing flagged: not listed.
      expect(screen.queryByRole("menuitem", { name: /flagged/ })).toBeNull();
      expect(screen.getByRole("menuitem", { name: "In the review queue: 12" })).toHaveAttribute(
        "href",
        expect.stringMatching(/\/review$/),
      );
    } finally {
      s.restore();
    }
  });

  it("links flagged verdicts and pending decisions to their filtered lists", () => {
    const entries = notificationEntries({ queue: null, flaggedVerdicts: 3, pendingDecisions: 1, total: 4 });
    expect(entries.map((e) => [e.label, decodeURIComponent(e.to)])).toEqual([
      ["Verdicts flagged for review", '/verdicts?filter={"needsReview":true}'],
      ["Decisions waiting for approval", '/decisions?filter={"visibility":"PENDING"}'],
    ]);
  });
});

describe("the list at phone width", () => {
  it("shows one line per record with its status label and local date instead of a table", async () => {
    const realMatch = window.matchMedia;
    // MUI's breakpoints.down("sm") asks max-width queries: a 390 px screen matches them.
    window.matchMedia = (query: string) =>
      ({
        matches: /max-width/.test(query),
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
    try {
      const dataProvider = testDataProvider({
        getList: async () => ({
          data: [
            {
              id: "c1",
              statement: "Django has a built-in admin.",
              status: "IN_REVIEW",
              technologyIds: ["t1"],
              updatedAt: "2026-12-03T20:40:25.000Z",
              version: 1,
            },
          ],
          total: 1,
        }),
      } as Partial<DataProvider>);
      render(inAdmin(<ResourceList />, dataProvider));
      expect(await screen.findByText("Django has a built-in admin.")).toBeInTheDocument();
      // Under the title, not beside it: a long statement ran under the date.
      expect(screen.getByText(/^In review · 3 Dec 2026, \d\d:40$/)).toBeInTheDocument();
      expect(screen.queryByRole("table")).toBeNull();
      expect(screen.queryByText("t1")).toBeNull();
    } finally {
      window.matchMedia = realMatch;
    }
  });
});
