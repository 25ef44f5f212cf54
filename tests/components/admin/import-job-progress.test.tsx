import "./support/jsdom-polyfills";
// The import page's background mode: all chosen files go in one request to ?background=1, the job it
// answers with is followed as a progress bar (documents done of total, claims, errors), and Cancel
// asks the server to stop it. The API is a recording stand-in here: the page runs in jsdom; the
// routes and the job itself are tested on real databases (tests/lib/import/jobs.test.ts).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, testDataProvider } from "react-admin";
import { ImportPage } from "@/components/admin/import/ImportPage";
import { jobSummary } from "@/components/admin/import/JobProgress";
import type { JobView } from "@/lib/jobs/store";

jest.setTimeout(30_000);

const job = (over: Partial<JobView> & { progress: JobView["progress"] }): JobView => ({
  id: "job1",
  kind: "import",
  status: "RUNNING",
  result: null,
  error: null,
  cancelRequested: false,
  attempts: 1,
  createdAt: "2026-01-01T00:00:00.000Z",
  finishedAt: null,
  ...over,
});

it("the summary line counts documents, claims and errors, and says when a cancel is under way", () => {
  expect(jobSummary(job({ progress: { total: 200, done: 50, claims: 812, errors: 2, repeats: 0 } }))).toEqual({
    percent: 25,
    line: "50 of 200 documents, 812 claims found, 2 errors (running)",
  });
  expect(
    jobSummary(job({ cancelRequested: true, progress: { total: 3, done: 1, claims: 4, errors: 0, repeats: 1 } })).line,
  ).toBe("1 of 3 documents, 4 claims found, 0 errors, 1 already imported (cancelling)");
});

it("an editor imports two files in the background, watches the bar move and cancels the job", async () => {
  const user = userEvent.setup({ delay: null });
  const sent: Array<{ url: string; method: string; files: string[] }> = [];
  const answers = [
    job({ status: "QUEUED", progress: { total: 2, done: 0, claims: 0, errors: 0 } }),
    job({ progress: { total: 2, done: 1, claims: 7, errors: 0 } }),
  ];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body;
    sent.push({
      url: String(input),
      method: init?.method ?? "GET",
      files: body instanceof FormData ? body.getAll("files[]").map((f) => (f as File).name) : [],
    });
    const data = String(input).endsWith("/cancel")
      ? job({ cancelRequested: true, progress: { total: 2, done: 1, claims: 7, errors: 0 } })
      : (answers.shift() ?? answers[0]);
    return { status: 200, ok: true, json: async () => ({ data }) } as unknown as Response;
  }) as typeof fetch;
  try {
    render(
      <AdminContext dataProvider={testDataProvider()}>
        <ImportPage />
      </AdminContext>,
    );
    await user.upload(screen.getByLabelText("Files to import"), [
      new File(["# One\n\nDjango."], "one.md"),
      new File(["# Two\n\nFlask."], "two.md"),
    ]);
    await user.click(screen.getByRole("button", { name: "Import in the background" }));
    expect(await screen.findByText("0 of 2 documents, 0 claims found, 0 errors (queued)")).toBeInTheDocument();
    expect(
      await screen.findByText("1 of 2 documents, 7 claims found, 0 errors (running)", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "50");
    await user.click(screen.getByRole("button", { name: "Cancel import" }));
    expect(await screen.findByText("1 of 2 documents, 7 claims found, 0 errors (cancelling)")).toBeInTheDocument();
    expect(sent.slice(0, 2)).toEqual([
      { url: "/api/admin/import?background=1", method: "POST", files: ["one.md", "two.md"] },
      { url: "/api/admin/jobs/job1", method: "GET", files: [] },
    ]);
    expect(sent.some((s) => s.url === "/api/admin/jobs/job1/cancel" && s.method === "POST")).toBe(true);
  } finally {
    globalThis.fetch = realFetch;
  }
});
