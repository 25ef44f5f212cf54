/** @jest-environment node */
// Review 10's wording findings on the demo's verdict pages (F5, F6, F7, F10, F12), read as a visitor and
// an API user read them: the seed on a fresh SQLite database, pages rendered on the server as text.
import ComparePage from "@/app/(public)/compare/[pair]/page";
import DecisionsPage from "@/app/(public)/decisions/page";
import { textOf, useSeededDemo, verdictPageText } from "./support/demo-pages";
import { api } from "../api/v1/support";

const PUBLISHED = ["back-office-tool", "model-inference-service", "public-json-api"];

describe("the demo after review 10 (SQLite)", () => {
  useSeededDemo();

  it("F5: a need whose only figures were taken on a hello-world endpoint says so, not that nothing sets the technologies apart", async () => {
    const page = await verdictPageText("public-json-api");
    // Each group of figures with its own reason (review 12, R12-3): Express's real-workload figures are no hello-world ones.
    expect(page).toContain(
      'No counted claim speaks to high traffic, I/O-bound (8 throughput figures for Django, Express, FastAPI and Laravel were taken on a "hello world" endpoint, which measures no real workload; 2 figures for Express (latency p95 and throughput) were on a real workload, but no figure in the same setup ranks them above or below another of these frameworks).',
    );
    expect(page).not.toMatch(/No counted claim speaks to [^:\n]*high traffic[^:\n]*: no checked claim/);
  });

  it("F6: the back office's editors' note attributes the Laravel comparison to our own write-up", async () => {
    const page = await verdictPageText("back-office-tool");
    const note = /Editors' note\n[\s\S]*?(?=\nClaims editors cited|$)/.exec(page)?.[0] ?? "";
    expect(note).not.toMatch(/sources that compare admin screens agree/i);
    // The page lists the Laravel claim as "from our own write-up only, no independent source": the note says so too.
    expect(page).toContain(
      "Laravel has no built-in admin interface; the usual replacement is Nova (paid add-on). — from our own write-up only",
    );
    expect(note).toMatch(/Laravel[^.]*Nova[^.]*comes from our own write-up only/);
  });

  it("F7: every verdict page lists each way a claim or decision counts for its needs", async () => {
    for (const slug of PUBLISHED) {
      const page = await verdictPageText(slug);
      expect(page).not.toContain("A claim counts here only when it speaks to one of these.");
      expect(page).toContain(
        "A claim counts here when it speaks to one of these needs or names this use case; a team's decision counts when the needs it was made on are among these.",
      );
    }
  });

  it("F10: an overdue review beside a recorded outcome says the next review is due and when the last one was", async () => {
    const index = await textOf(DecisionsPage());
    const compare = await textOf(ComparePage({ params: Promise.resolve({ pair: "django-vs-fastapi" }) }));
    expect(index).toContain("Next review overdue since 1 Oct 2025 (last reviewed 15 Aug 2025)");
    const atlas = "Next review overdue since 10 Feb 2026 (last reviewed 1 Sep 2025)\nOutcome: It worked (1 Sep 2025)";
    expect(index).toContain(atlas);
    expect(compare).toContain(atlas);
    for (const page of [index, compare]) expect(page).not.toMatch(/(?<!Next )Review overdue since/);
  });

  it("F12: the verdict API answers a use case's slug with its published verdict, quoting claims as the page does", async () => {
    const bySlug = await api("/api/v1/verdicts/django-for-internal-back-office-tools");
    const byUseCase = await api("/api/v1/verdicts/back-office-tool");
    expect(byUseCase.status).toBe(200);
    expect(byUseCase.json).toEqual(bySlug.json);
    expect(byUseCase.json.slug).toBe("django-for-internal-back-office-tools");
    const texts = JSON.stringify(byUseCase.json);
    expect(texts).not.toContain("recommended for staff back office");
    expect(texts).toContain("Django is recommended for a staff back office.");
    expect((await api("/api/v1/verdicts/no-such-use-case")).status).toBe(404);
  });
});
