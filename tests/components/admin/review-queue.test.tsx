import "./support/jsdom-polyfills";
// The review queue by keyboard: j/k move, v accepts the focused card as Verified (or the status the
// editor picked), r rejects, x selects and v then decides the whole selection, ? lists the keys.
// The server is a recording stand-in here (jsdom has no database); the route itself is tested in
// tests/app/api/admin/review-queue.test.ts and the whole journey in tests/browser.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, testDataProvider } from "react-admin";
import { ReviewQueue } from "@/components/admin/review/ReviewQueue";
import { reviewCommand } from "@/components/admin/review/keys";
import { reviewLink } from "@/components/admin/import/ImportPage";
import type { ReviewCard, ReviewQueuePage } from "@/lib/admin/review-queue";

jest.setTimeout(30_000);

const card = (n: number, extra: Partial<ReviewCard> = {}): ReviewCard => ({
  id: `c${n}`,
  slug: `claim-${n}`,
  version: n,
  statement: `Framework ${n} served ${n},000 requests per second.`,
  kind: "PERFORMANCE",
  status: "CANDIDATE",
  metric: "throughput",
  value: n * 1000,
  unit: "req/s",
  conditions: [{ key: "workers", value: "4" }],
  technologies: [{ id: `t${n}`, name: `Framework ${n}`, proposed: n === 3 }],
  source: {
    articleId: "a1",
    title: "Our benchmark week",
    publishedAt: "2026-03-02T00:00:00.000Z",
    url: null,
    before: "On a laptop. ",
    quote: `Framework ${n} did ${n}k rps.`,
    after: " Then lunch.",
  },
  hints: [],
  learned: { score: 0.5, importScore: null, hidden: false, reasons: [] },
  createdAt: "2026-12-01T10:00:00.000Z",
  ...extra,
});

function server(cards: ReviewCard[]) {
  const posted: Array<{
    action: string;
    ids: string[];
    data: Record<string, string>;
    versions: Record<string, number>;
  }> = [];
  const asked: string[] = [];
  let remaining = cards;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const reply = (body: unknown, status = 200) =>
      ({ ok: status < 400, status, json: async () => body }) as unknown as Response;
    if (url.startsWith("/api/admin/review")) {
      asked.push(url);
      const page: ReviewQueuePage = {
        cards: remaining,
        total: remaining.length,
        articles: [],
        hidden: 0,
        lowConfidence: false,
        model: { examples: 0, threshold: null },
      };
      return reply({ data: page });
    }
    if (url === "/api/admin/claims/bulk") {
      const body = JSON.parse(String(init?.body));
      posted.push(body);
      remaining = remaining.filter((c) => !body.ids.includes(c.id));
      return reply({ data: body.ids });
    }
    // The proposed-technologies panel: nothing proposed.
    return reply({ data: [], total: 0 });
  }) as typeof fetch;
  return { posted, asked, restore: () => (globalThis.fetch = realFetch) };
}

const renderQueue = () =>
  render(
    <AdminContext dataProvider={testDataProvider()}>
      <ReviewQueue />
    </AdminContext>,
  );
const press = (key: string) => fireEvent.keyDown(document.body, { key });

describe("the review queue", () => {
  it("shows each card's technology, figure, conditions, quote in context, source and date", async () => {
    const s = server([
      card(1, {
        hints: [
          {
            kind: "duplicate",
            reason: "80% of the words in common",
            claim: { id: "v1", statement: "Framework 1 does 1k rps.", status: "VERIFIED" },
          },
        ],
      }),
    ]);
    try {
      renderQueue();
      const heading = await screen.findByRole("heading", { name: "Framework 1 served 1,000 requests per second." });
      const one = heading.closest("[data-review-card]") as HTMLElement;
      expect(within(one).getByText("Framework 1")).toBeInTheDocument();
      expect(within(one).getByText("1,000 req/s (throughput)")).toBeInTheDocument();
      expect(within(one).getByText("workers: 4")).toBeInTheDocument();
      expect(one.querySelector("mark")?.textContent).toBe("Framework 1 did 1k rps.");
      expect(one.querySelector("blockquote")?.textContent).toBe("On a laptop. Framework 1 did 1k rps. Then lunch.");
      expect(within(one).getByText(/From/).textContent).toBe("From Our benchmark week, 2 Mar 2026");
      expect(within(one).getByText(/Possible duplicate of/).textContent).toContain(
        "“Framework 1 does 1k rps.” (Verified; 80% of the words in common)",
      );
      expect(within(one).getByRole("button", { name: "Verify" })).toBeInTheDocument();
    } finally {
      s.restore();
    }
  });

  it("j moves down, v verifies the focused card with its version, r rejects the next, k moves back", async () => {
    const s = server([card(1), card(2), card(3)]);
    try {
      renderQueue();
      await screen.findByRole("heading", { name: /Framework 1 served/ });
      press("j");
      press("v");
      await waitFor(() => expect(s.posted).toHaveLength(1));
      expect(s.posted[0]).toEqual({
        op: "action",
        action: "setStatus",
        ids: ["c2"],
        data: { status: "VERIFIED" },
        versions: { c2: 2 },
      });
      expect(await screen.findByText("“Framework 2 served 2,000 requests per second.” verified.")).toBeInTheDocument();
      expect(screen.getByRole("link", { name: "View on site" })).toHaveAttribute("href", "/claims/claim-2");
      // The card after the decided one now has the focus: r rejects card 3.
      await waitFor(() => expect(screen.queryByRole("heading", { name: /Framework 2 served/ })).toBeNull());
      press("r");
      await waitFor(() => expect(s.posted).toHaveLength(2));
      expect(s.posted[1]).toMatchObject({ action: "setStatus", ids: ["c3"], data: { status: "RETRACTED" } });
      await waitFor(() => expect(screen.queryByRole("heading", { name: /Framework 3 served/ })).toBeNull());
      press("k");
      press("v");
      await waitFor(() => expect(s.posted).toHaveLength(3));
      expect(s.posted[2]).toMatchObject({ ids: ["c1"], data: { status: "VERIFIED" } });
    } finally {
      s.restore();
    }
  });

  it("accepts with the status the editor picked, over a selection made with x", async () => {
    const user = userEvent.setup({ delay: null });
    const s = server([card(1), card(2), card(3)]);
    try {
      renderQueue();
      await screen.findByRole("heading", { name: /Framework 1 served/ });
      await user.click(screen.getByLabelText("Accept as"));
      await user.click(await screen.findByRole("option", { name: "In review" }));
      await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
      press("x");
      press("j");
      press("j");
      press("x");
      expect(screen.getByText("2 selected:")).toBeInTheDocument();
      press("v");
      await waitFor(() => expect(s.posted).toHaveLength(1));
      expect(s.posted[0]).toMatchObject({
        action: "setStatus",
        ids: ["c1", "c3"],
        data: { status: "IN_REVIEW" },
        versions: { c1: 1, c3: 3 },
      });
      expect(await screen.findByText("2 claims set to in review.")).toBeInTheDocument();
    } finally {
      s.restore();
    }
  });

  it("? lists the keys; keys typed into a field are text, not commands", async () => {
    const s = server([card(1)]);
    try {
      renderQueue();
      await screen.findByRole("heading", { name: /Framework 1 served/ });
      press("?");
      const help = await screen.findByRole("dialog", { name: "Review queue keys" });
      expect(within(help).getByText("next card")).toBeInTheDocument();
      const input = document.createElement("input");
      document.body.appendChild(input);
      expect(reviewCommand({ key: "v", target: input })).toBeNull();
      expect(reviewCommand({ key: "v", target: document.body })).toBe("verify");
      expect(reviewCommand({ key: "r", ctrlKey: true, target: document.body })).toBeNull();
      input.remove();
    } finally {
      s.restore();
    }
  });
});

it("the import result links to the queue of the documents it wrote, counting new candidates only", () => {
  const article = (slug: string, status: "imported" | "already-imported", matches: Array<string | null>) =>
    ({ articleSlug: slug, status, claims: matches.map((m) => ({ matches: m })) }) as never;
  const rows = [
    {
      name: "a.md",
      state: "done" as const,
      report: { articles: [article("a", "imported", [null, null, "old-claim"])], contradictions: [], errors: [] },
    },
    {
      name: "b.md",
      state: "done" as const,
      report: { articles: [article("b", "imported", [null])], contradictions: [], errors: [] },
    },
    {
      name: "c.md",
      state: "done" as const,
      report: { articles: [article("c", "already-imported", [null])], contradictions: [], errors: [] },
    },
  ];
  expect(reviewLink(rows)).toEqual({
    href: "#/review?article=a&article=b",
    text: "3 new candidate claims from these 2 documents wait in the review queue.",
  });
  expect(reviewLink([])).toBeNull();
});
