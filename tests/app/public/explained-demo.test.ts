/** @jest-environment node */
// The independent reviewer's findings on the demo's wizard and use-case pages (issue #11,
// "explanations that agree with the verdict"; "every answer either moves the ranking or says why it
// did not"; "confidence is explained in one line"), on the demo as `npm run demo` shows it (SQLite).
import { renderToStaticMarkup } from "react-dom/server";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import {
  NEXT_LIST_HEADING,
  useSeededDemo,
  verdictPageText as verdictPage,
  wizardHtml,
  wizardText,
} from "./support/demo-pages";

/** The sentences of one paragraph of text (a full stop, then a space and a capital). */
const sentences = (line: string) => line.split(/\. (?=[A-Z])/).length;

const wizard = (useCase: string, skills: string, needs: string) =>
  wizardText(useCase, skills, needs).then((page) => page.split("\nChange your answers")[0]);

describe("the demo's explanations agree with its figures (issue #11, SQLite)", () => {
  useSeededDemo();

  it("G1: a confidence the answers lowered says so, with the answers that lowered it, and names those that pulled toward it apart", async () => {
    const page = await wizard("back-office-tool", "python", "background-jobs,needs-admin-ui,time-to-first-release");
    const shown = /^Confidence (\d+)%/m.exec(page)![1];
    const alone = /Django would be at (\d+)%/.exec(page)![1];
    expect(Number(shown)).toBeLessThan(Number(alone));
    expect(page).toContain(
      `Django would be at ${alone}%; your answers lower it to ${shown}%: background jobs and scheduled tasks favoured Laravel and Ruby on Rails.`,
    );
    // Time to first release counts the "back office by Friday" advice for Django (issue 11, F8).
    expect(page).toContain(
      `Needs an admin UI; needs a short time to first release moved the scores toward it, not by enough to keep it at ${alone}%.`,
    );
    expect(page).not.toMatch(/would be at \d+%: your answers \([^)]*\) move the scores toward it/);
  });

  it("G5: each option's counts and its quoted pieces agree, labelled strongest for and against, with how many more", async () => {
    const page = await wizard(
      "public-json-api",
      "php",
      "needs-admin-ui,high-traffic-io,api-documentation,background-jobs",
    );
    const placed = page.split("\nWhat placed each one there\n")[1].split("\n");
    const line = (name: string) => placed.find((l) => l.startsWith(`${name}: `))!;
    expect(line("Django")).toMatch(
      /^Django: Nothing for it, 2 against; strongest against: “[^”]+” \(counts because: [^)]+\), and 1 more\.$/,
    );
    expect(line("FastAPI")).toMatch(
      /^FastAPI: 2 verified claims for it, nothing against; strongest for: “[^”]+” \(counts because: [^)]+\), and 1 more\.$/,
    );
    // Over every line of every result shown here: a count of N with one quoted says "and N-1 more".
    for (const l of placed.filter((x) => /: (\d+ verified claims?|Nothing) /.test(x))) {
      const forN = Number(/: (\d+) verified claims? /.exec(l)?.[1] ?? 0);
      const againstN = Number(/, (\d+) against/.exec(l)?.[1] ?? 0);
      const more = (label: string) =>
        Number(new RegExp(`strongest ${label}: “[^”]+” \\([^)]+\\)(?:, and (\\d+) more)?`).exec(l)?.[1] ?? 0);
      if (l.includes("strongest for:")) expect({ l, n: 1 + more("for") }).toEqual({ l, n: forN });
      if (l.includes("strongest against:")) expect({ l, n: 1 + more("against") }).toEqual({ l, n: againstN });
    }
  });

  it("G3: confidence is one sentence in one line, on the wizard and the verdict pages; how it was got is behind a native disclosure", async () => {
    const answerSets: [string, string, string][] = [
      ["back-office-tool", "python", "background-jobs,needs-admin-ui,time-to-first-release"],
      ["public-json-api", "php", "needs-admin-ui,high-traffic-io,api-documentation,background-jobs"],
      ["public-json-api", "none", ""],
      ["content-site-cms", "javascript", "needs-admin-ui"],
    ];
    for (const [useCase, skills, needs] of answerSets) {
      const page = await wizard(useCase, skills, needs);
      const line = /^Confidence \d+%: .+$/m.exec(page)![0];
      expect({ useCase, needs, sentences: sentences(line) }).toEqual({ useCase, needs, sentences: 1 });
      expect(line).toMatch(
        /; (newest source|dated) [A-Z][a-z]{2} \d{4}( \(our own write-up [A-Z][a-z]{2} \d{4}\))?\.$|; no dated (independent )?source( \(our own write-up [A-Z][a-z]{2} \d{4}\))?\.$/,
      );
      const html = await wizardHtml(useCase, skills, needs);
      expect(html).toMatch(
        /<details class="confidence-details"><summary>How we got this figure<\/summary><p>[A-Z][a-z]+ confidence on our scale/,
      );
      expect(page).toMatch(
        /^How we got this figure\n[A-Z][a-z]+ confidence on our scale [^\n]+ (On .+'s evidence alone|Under 10%|The same as on)/m,
      );
    }
    for (const slug of ["public-json-api", "back-office-tool"]) {
      const html = renderToStaticMarkup(await UseCasePage({ params: Promise.resolve({ slug }) }));
      const page = await verdictPage(slug);
      const line = /^Evidence-weighted confidence when published: .+$/m.exec(page)![0];
      expect({ slug, sentences: sentences(line) }).toEqual({ slug, sentences: 1 });
      expect(html).toMatch(
        /<details class="confidence-details"><summary>How we got this figure<\/summary><p>[A-Z][a-z]+ confidence on our scale/,
      );
    }
  });

  it("G8: the needs question offers the use case's own needs first and groups the others as not weighed for it, without JavaScript", async () => {
    const form = (await wizardText("public-json-api", "php", "needs-admin-ui")).split(
      "\n3. What matters for this project?\n",
    )[1];
    const [own, others] = form.split("\nNot weighed for this use case\n");
    expect(own).toContain("\nWhat Public JSON API is chosen on\n");
    const ownNeeds = own.split("\nWhat Public JSON API is chosen on\n")[1].split("\n");
    expect(ownNeeds).toEqual([
      "High traffic, I/O-bound",
      "Documents its API for client developers",
      "Needs authentication and permissions",
      "Realtime updates / WebSockets",
      "A small, focused service",
    ]);
    expect(others).toMatch(
      /^Public JSON API is not chosen on these: ticked, they add nothing to the ranking, and the result says so\.\nContent is edited by non-developers\nNeeds an admin UI\n/,
    );
    expect(others).not.toMatch(/High traffic|Documents its API/);
    // The ticked one stays ticked in its group (a plain GET form keeps it).
    expect(await wizardHtml("public-json-api", "php", "needs-admin-ui")).toMatch(
      /<input type="checkbox" id="wizard-needs-needs-admin-ui" name="needs" checked=""/,
    );
  });

  it("G13: the use case is named once, with what is compared only where its name does not already say it", async () => {
    const db = await wizard("web-app-database", "none", "");
    expect(db).toContain("\nUse case: Database for a multi-user web app\n");
    expect(db).not.toMatch(/Databases for: Database/);
    expect(await wizard("back-office-tool", "python", "")).toContain(
      "\nUse case: Internal back-office tool · frameworks compared\n",
    );
  });

  it("G4: a use-case page lists every claim its confidence line counts, the next option's for and against included", async () => {
    let checked = 0;
    for (const slug of [
      "public-json-api",
      "back-office-tool",
      "content-site-cms",
      "model-inference-service",
      "small-internal-service",
    ]) {
      // A use case with no published verdict has no page (404): nothing to check there.
      const page = await verdictPage(slug).catch(() => "");
      const line = /^Evidence-weighted confidence[^:]*: .+$/m.exec(page)?.[0];
      if (!line) continue;
      // Named as the next option, or below nought as the one no other option outscores (H4).
      const pieces = /; (\d+) pieces? of evidence against ([^;]+?)(?:, the next option|; no other option has)/.exec(
        line,
      );
      const next = /; ([^;]+?) next \((\d+) verified claims? for it, (?:(\d+) against it|nothing against it)\)/.exec(
        line,
      );
      const [name, forN, againstN] = pieces
        ? [pieces[2], 0, Number(pieces[1])]
        : next
          ? [next[1], Number(next[2]), Number(next[3] ?? 0)]
          : [null, 0, 0];
      if (!name) continue;
      checked += 1;
      const heading = NEXT_LIST_HEADING.exec(page);
      expect({ slug, name: heading?.[1] ?? heading?.[2], count: Number(heading?.[3]) }).toEqual({
        slug,
        name,
        count: forN + againstN,
      });
      const listed = page.split(`\n${heading![0]}\n`)[1];
      const items = listed.split("\n").slice(0, forN + againstN);
      expect({ slug, for: items.filter((l) => l.startsWith("Supports, ")).length }).toEqual({ slug, for: forN });
      expect({ slug, against: items.filter((l) => l.startsWith("Speaks against, ")).length }).toEqual({
        slug,
        against: againstN,
      });
      const total = Number(/^Every claim counted \((\d+)\)$/m.exec(page)![1]);
      const own = page
        .split(/^Every claim counted \(\d+\)$/m)[1]
        .split(`\n${heading![0]}`)[0]
        .trim()
        .split("\n");
      expect({ slug, total }).toEqual({
        slug,
        total: own.filter((l) => /^(Supports|Speaks against), /.test(l)).length + forN + againstN,
      });
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    expect(await verdictPage("public-json-api")).toMatch(
      /\nEvidence against Django \(it scores below zero; no other option has evidence for it\) \(2\):\nSpeaks against, feature: Django has no built-in OpenAPI documentation/,
    );
  });
});
