import "./support/jsdom-polyfills";
// The Import page's web-address field: the address goes to the import API as {url} (the server
// fetches it, tests/app/api/import-url.test.ts), and a refusal is shown as the server worded it.
// The API is a recording stand-in here: the page runs in jsdom, the route is tested on its own.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, testDataProvider } from "react-admin";
import { ImportPage } from "@/components/admin/import/ImportPage";
import type { ImportReport } from "@/lib/import/report";

// Rendering react-admin in jsdom takes seconds on the shared, loaded test machine.
jest.setTimeout(30_000);

const REFUSAL = "That address points to a private network; only public web pages can be imported.";

it("an editor previews a page by its address and sees why the server refused it", async () => {
  const user = userEvent.setup({ delay: null });
  const sent: Array<{ url: string; body: unknown }> = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), body: JSON.parse(String(init?.body)) });
    const report: ImportReport = {
      articles: [],
      contradictions: [],
      errors: [{ file: "http://intranet.example/wiki", message: REFUSAL }],
    };
    // jsdom has no Response: the page reads only status and json().
    return { status: 400, ok: false, json: async () => ({ data: report }) } as unknown as Response;
  }) as typeof fetch;
  try {
    render(
      <AdminContext dataProvider={testDataProvider()}>
        <ImportPage />
      </AdminContext>,
    );
    const preview = screen.getByRole("button", { name: "Preview" });
    expect(preview).toBeDisabled();
    await user.click(screen.getByLabelText("Or a web address"));
    await user.paste("  http://intranet.example/wiki ");
    await user.click(preview);
    // Generous: the shared test machine can be slow to re-render.
    expect(await screen.findByText(REFUSAL, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(sent).toEqual([{ url: "/api/admin/import?dryRun=1", body: { url: "http://intranet.example/wiki" } }]);
    expect(screen.getByRole("heading", { name: "http://intranet.example/wiki: failed" })).toBeInTheDocument();
  } finally {
    globalThis.fetch = realFetch;
  }
});
