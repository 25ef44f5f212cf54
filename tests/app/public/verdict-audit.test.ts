/** @jest-environment node */
// The audit of the demo's verdicts, as a reader sees them (issue 11, item 7): every published
// verdict page and every wizard path (each use case, each of its questions ticked alone) rendered
// from the demo seed on SQLite, read as text, and held to what the re-audit asked of each reason:
// it speaks for the recommendation, it says why it counts here, it is shown once; every
// percentage has its one-line explanation; the chart counts what the confidence line counts.
// The wizard paths are walked with no skills named and, with nothing ticked, once per skills
// answer: the review of the public pages (notes: review-public.md, findings 1, 2, 3 and 7) found
// an unticked need given as a reason, "no evidence" worded as "evidence against", runners-up with
// no reason shown and a confidence figure that did not explain itself; each is checked on every path.
import { writeFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import WizardPage from "@/app/(public)/wizard/page";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { publishedVerdictWhere } from "@/lib/resources/visibility";
import { loadQuestionnaire, type Questionnaire } from "@/lib/wizard";
import { useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { seededDemo } from "../../support/demo";
import { pageText } from "./support/page-text";
import { NEXT_LIST_HEADING } from "./support/demo-pages";

const text = async (element: Promise<React.ReactElement> | React.ReactElement) =>
  pageText(renderToStaticMarkup(await element));
/**
 * A claim reason as the engine words it: the verdict pages' `"statement" — a feature claim for Name,
 * from n independent sources` (the name first only when the statement lacks it), or the wizard's
 * `Name: "statement" (kind, for Name, n independent sources)`.
 */
const VERDICT_REASON =
  /^(?:(.+?): )?"(.+)" — an? [a-z ]+? for (.+?)(?:, ahead of every other technology measured the same way)?, from (?:\d+ independent sources?|our own write-up only)/;
const WIZARD_REASON =
  /^(.+?): "(.+)" \((?:[a-z]+, )?(?:for (.+?)|ahead of every other technology measured the same way), (?:\d+ independent sources?|our own write-up only)/;
function claimReason(line: string): { name: string; forName: string | null } | null {
  const v = VERDICT_REASON.exec(line);
  if (v) return { name: v[1] ?? v[3], forName: v[3] };
  const w = WIZARD_REASON.exec(line);
  return w ? { name: w[1], forName: w[3] ?? null } : null;
}
/** A line's clauses: its sentences, each cut at its semicolons (a sentence ends before a capital). */
const clausesOf = (line: string): string[] => line.split(/(?<=[.!?])\s+(?=[A-Z“"])|;\s+/);
const TEAM_REASON =
  /^\d+ teams? with (?:the same needs|\d+ of these \d+ needs \([^)]*\)|some of these \d+ needs) chose (.+?); outcomes?: /;

/** The confidence line with how its figure was got (folded under it on the page; G3), read as one line. */
const withDetails = (page: string) => page.replace(/\nHow we got this figure\n/g, " ");
/** The page without the next option's counted claims (listed apart under the pick's; G4). */
const withoutNext = (page: string) => {
  const m = NEXT_LIST_HEADING.exec(page);
  if (!m) return page;
  const lines = page.split("\n");
  lines.splice(lines.indexOf(m[0]), 1 + Number(m[3]));
  return lines.join("\n");
};

describe("the demo's verdicts and wizard paths, read as a reader would (SQLite)", () => {
  let t: TestDatabase;
  const verdictPages = new Map<string, string>();
  const wizardPages = new Map<string, string>();
  let questionnaire: Questionnaire;

  beforeAll(async () => {
    t = await seededDemo();
    useAsAppDatabase(t);
    const published = await t.db.useCase.findMany({
      where: { deletedAt: null, verdicts: { some: publishedVerdictWhere() } },
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    for (const u of published)
      verdictPages.set(u.slug, withDetails(await text(UseCasePage({ params: Promise.resolve({ slug: u.slug }) }))));
    questionnaire = await loadQuestionnaire(t.db);
    for (const useCase of questionnaire.useCases) {
      const category = questionnaire.categories.find((c) => c.key === useCase.category)!;
      const paths = [
        ...["", ...category.drivers.map((d) => d.key)].map((need) => ({ skills: "none", need })),
        ...category.skills.filter((o) => o.value !== "none").map((o) => ({ skills: o.value, need: "" })),
      ];
      for (const { skills, need } of paths) {
        const query = { useCase: useCase.slug, skills, ...(need ? { needs: need } : {}) };
        wizardPages.set(
          JSON.stringify(query),
          withDetails(
            (await text(WizardPage({ searchParams: Promise.resolve(query) }))).split("\nChange your answers")[0],
          ),
        );
      }
    }
  }, 600_000);

  afterAll(async () => {
    // AUDIT_DUMP=file writes every page read here, for the human audit listed in the report.
    if (process.env.AUDIT_DUMP)
      writeFileSync(
        process.env.AUDIT_DUMP,
        [...verdictPages, ...wizardPages].map(([k, v]) => `=== ${k}\n${v}`).join("\n\n"),
      );
    await t.close();
    await closeReaderPool();
  });

  /** The lines of a page's "Why X" list: from the heading to the next heading-like line. */
  const whyLines = (page: string): { pick: string; lines: string[] } | null => {
    const lines = page.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Why "));
    if (at === -1) return null;
    // The wizard folds its parts under a line with a count ("Why Django · 3 reasons"), the reasons first;
    // the claims it also counts but never gives as reasons (another use case's advice) follow, apart.
    const end = lines.findIndex(
      (l, i) =>
        i > at &&
        /^(Nothing verified against it|Strongest counter-evidence|How each of these|How your answers counted|Also counted, not given as a reason)/.test(
          l,
        ),
    );
    return { pick: lines[at].slice(4).split(" · ")[0], lines: lines.slice(at + 1, end === -1 ? undefined : end) };
  };

  it("publishes a verdict for the demo's use cases and asks every wizard path", () => {
    expect([...verdictPages.keys()]).toEqual(
      expect.arrayContaining(["back-office-tool", "model-inference-service", "public-json-api"]),
    );
    expect(wizardPages.size).toBeGreaterThan(50);
  });

  /** A wizard path's answers, its page's ranking table and what it lists as not weighed. */
  const wizardPaths = () =>
    [...wizardPages].map(([key, page]) => {
      const query = JSON.parse(key) as { useCase: string; skills: string; needs?: string };
      const useCase = questionnaire.useCases.find((u) => u.slug === query.useCase)!;
      const category = questionnaire.categories.find((c) => c.key === useCase.category)!;
      const lines = page.split("\n");
      const head = lines.findIndex((l) => l.startsWith("Technology | | Your team knows it"));
      const placed = lines.indexOf("What placed each one there");
      const standingOf = (name: string) =>
        placed === -1
          ? ""
          : (lines
              .slice(placed + 1)
              .find((l) => l.startsWith(`${name}: `))
              ?.slice(name.length + 2) ?? "");
      const rows =
        head === -1
          ? []
          : lines
              .slice(head + 1)
              .filter((l, i, all) => all.slice(0, i + 1).every((x) => x.includes(" | | ")))
              .map((l) => {
                const [name, knows, score] = l.split(" | | ");
                return { name, familiar: knows === "yes", score: Number(score), standing: standingOf(name) };
              });
      const notWeighed = /^Not ticked, so not weighed: (.+)\.$/m.exec(page)?.[1].split("; ") ?? [];
      const ticked = category.drivers.filter((d) => d.key === query.needs);
      return { key, query, page, useCase, category, rows, notWeighed, ticked };
    });
  const lower = (s: string) => s.toLowerCase();

  it("finding 1: no reason, on any wizard path, counts through a need the page says it did not weigh; only the use case's own needs and the ticked ones are weighed", () => {
    for (const { key, page, useCase, ticked, notWeighed } of wizardPaths()) {
      const weighed = [...useCase.needs.map((n) => n.label), ...ticked.map((d) => d.label)].map(lower);
      for (const own of useCase.needs)
        expect({ key, own: own.label, listed: notWeighed.map(lower).includes(lower(own.label)) }).toEqual({
          key,
          own: own.label,
          listed: false,
        });
      const cited = [...page.matchAll(/counts because: ([^·()\n]+)/g)]
        .map((m) => m[1].trim())
        .filter(
          (b) =>
            !b.startsWith("the team decided on the same") && !b.startsWith("a team decided on it for the same reasons"),
        );
      const driverBasis = [...page.matchAll(/^Counts for: ([^·\n]+?)(?: · evidence|$)/gm)]
        .map((m) => m[1].trim())
        .filter((b) => b !== useCase.name);
      for (const because of [...cited, ...driverBasis]) {
        expect({ key, because, notWeighed: notWeighed.some((n) => lower(because).startsWith(lower(n))) }).toEqual({
          key,
          because,
          notWeighed: false,
        });
        // Advice naming the use case itself counts for it, whatever was ticked (review 8, H5).
        const weighedHere = weighed.some((w) => lower(because).startsWith(w)) || because === "names this use case";
        expect({ key, because, weighed: weighedHere }).toEqual({
          key,
          because,
          weighed: true,
        });
      }
    }
  });

  it("finding 2: an option no evidence speaks to is never said to be unsupported or argued against, and a pick the team does not know is said to be one", () => {
    for (const { key, page, rows } of wizardPaths()) {
      const silent = rows.filter((r) => r.standing.startsWith("No checked evidence"));
      for (const r of silent) {
        // Clause by clause: a line may name a silent option in one clause and the next option's
        // counter-evidence in another ("…any about Express…; 2 pieces of evidence against Django").
        const blamed = page
          .split("\n")
          .flatMap(clausesOf)
          .filter(
            (l) =>
              l.includes(r.name) &&
              /does not support|counts? against|speaks? against|evidence against/.test(l) &&
              !/for or against/.test(l),
          );
        expect({ key, option: r.name, blamed }).toEqual({ key, option: r.name, blamed: [] });
      }
      const pick = /^→ (.+?)(?: — .+)?$/m.exec(page)?.[1];
      const pickRow = rows.find((r) => r.name === pick);
      if (pickRow && !pickRow.familiar && rows.some((r) => r.familiar)) {
        expect({ key, said: /(is in \w+, which the team does not know|The team does not know )/.test(page) }).toEqual({
          key,
          said: true,
        });
      }
    }
  });

  it("finding 3: every ranked option says what evidence placed it there, and one with none never outranks one the evidence supports", () => {
    for (const { key, rows } of wizardPaths()) {
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((r, i) => {
        expect({ key, option: r.name, standing: r.standing.length > 0 }).toEqual({
          key,
          option: r.name,
          standing: true,
        });
        const none = r.standing.startsWith("No checked evidence");
        if (none) expect({ key, option: r.name, score: r.score }).toEqual({ key, option: r.name, score: 0 });
        if (none)
          for (const below of rows.slice(i + 1))
            expect({ key, above: r.name, below: below.name, supported: below.score > 0 }).toEqual({
              key,
              above: r.name,
              below: below.name,
              supported: false,
            });
      });
    }
  });

  it("finding 7: every confidence figure says where it sits on one scale; a low one says what would raise it; the wizard's equals the verdict's for equal inputs, or says why not", () => {
    const BAND =
      /(\d+)%(?::| —) .*\b(Low|Moderate|Strong) confidence on our scale \(under 40% low, 70% and up strong\)/;
    const bandOf = (n: number) => (n < 40 ? "Low" : n < 70 ? "Moderate" : "Strong");
    for (const [name, page] of [...verdictPages, ...wizardPages]) {
      for (const line of page.split("\n").filter((l) => /^(Confidence |Evidence-weighted confidence)/.test(l))) {
        const m = BAND.exec(line);
        expect({ name, line, banded: !!m && m[2] === bandOf(Number(m[1])) }).toEqual({ name, line, banded: true });
        if (m?.[2] === "Low" && line.startsWith("Confidence "))
          expect({ name, line, raise: line.includes("What would raise it: ") }).toEqual({ name, line, raise: true });
      }
    }
    for (const { key, query, page } of wizardPaths()) {
      const wizard = /^Confidence (\d+)%: /m.exec(page);
      const verdict = verdictPages.get(query.useCase);
      const published = verdict && /confidence when published: (\d+)%/.exec(verdict);
      const verdictPick = verdict && /^→ (.+?)(?: — .+)?$/m.exec(verdict)?.[1];
      if (!wizard || !published) continue;
      if (verdictPick !== /^→ (.+?)(?: — .+)?$/m.exec(page)?.[1]) {
        expect({ key, says: page.includes(`its verdict picks ${verdictPick} (${published[1]}%); here `) }).toEqual({
          key,
          says: true,
        });
        continue;
      }
      if (query.skills === "none" && !query.needs)
        expect({ key, wizard: wizard[1] }).toEqual({ key, wizard: published[1] });
      else if (wizard[1] !== published[1])
        expect({ key, says: new RegExp(`would be at ${published[1]}%[:;] `).test(page) }).toEqual({ key, says: true });
    }
  });

  it("every reason on a verdict page speaks for the published pick and says why it counts for this use case", () => {
    for (const [slug, page] of verdictPages) {
      const why = whyLines(page)!;
      const reasons = why.lines.filter((l) => claimReason(l) || TEAM_REASON.test(l));
      expect({ slug, shown: reasons.length > 0 }).toEqual({ slug, shown: true });
      for (const line of reasons) {
        const claim = claimReason(line);
        const name = claim ? claim.name : TEAM_REASON.exec(line)![1];
        expect({ slug, line, forPick: why.pick.split(" + ").includes(name) }).toEqual({ slug, line, forPick: true });
        if (claim?.forName) expect(claim.forName).toBe(name);
        expect({ slug, line, because: line.includes(" counts because: ") }).toEqual({ slug, line, because: true });
      }
    }
  });

  it("no claim is shown twice on a verdict page, and the runner-up's case is about the runner-up", () => {
    for (const [slug, page] of verdictPages) {
      const quoted = [...page.matchAll(/^(?:.+?: )?"(.+?)" (?:\(|— )/gm)].map((m) => m[1]);
      expect({ slug, repeated: quoted.filter((q, i) => quoted.indexOf(q) !== i) }).toEqual({ slug, repeated: [] });
      const runnerUp = /^Nothing verified against it\. The strongest case for an alternative, (.+)$/m.exec(page);
      if (runnerUp) {
        const after = page.split(runnerUp[0])[1].split("\n")[1];
        expect({
          slug,
          after,
          about: after.startsWith(`${runnerUp[1]}: `) || after.includes(` for ${runnerUp[1]}, `),
        }).toEqual({ slug, after, about: true });
      }
    }
  });

  it("the evidence-balance chart counts the claims the confidence line counts", () => {
    for (const [slug, page] of verdictPages) {
      const line = /confidence when published: \d+% — (\d+) verified claims?/.exec(page);
      const chart = /^Supports: (\d+) claims?, weight/m.exec(page);
      if (!line) continue;
      expect({ slug, chart: Number(chart?.[1] ?? 0) }).toEqual({ slug, chart: Number(line[1]) });
    }
  });

  it("every claim the balance counts is named on the page: as many listed as the balance and the confidence line count", () => {
    for (const [slug, page] of verdictPages) {
      const summary =
        /^Evidence balance: supports: (?:(\d+) claims?|nothing)[^;]*; speaks against: (?:(\d+) claims?|nothing)/m.exec(
          page,
        );
      const counted = (side: string) => Number(summary?.[side === "Supports" ? 1 : 2] ?? 0);
      const listed = withoutNext(page)
        .split("\n")
        .filter((l) => /^(Supports|Speaks against), [a-z]+: .+ \(weight [\d.]+\)( counts because: .+)?$/.test(l));
      expect({ slug, listed: listed.length }).toEqual({
        slug,
        listed: counted("Supports") + counted("Speaks against"),
      });
    }
  });

  it("every percentage shown, on verdict pages and in the wizard, stands in its one-line explanation", () => {
    const EXPLAINED =
      /(confidence when published: \d+% — |^Confidence \d+%: )(\d+ verified claims?( from \d+ independent sources?|, none from an independent source)|\d+ team decisions? for it|nothing verified for it)/i;
    for (const [name, page] of [...verdictPages, ...wizardPages]) {
      // A team's own words on how its decision turned out ("covered 90% of …") are quoted, not our figures.
      for (const line of page.split("\n").filter((l) => /\d+%/.test(l.replace(/how it turned out: “[^”]*”/g, ""))))
        expect({ name, line, explained: EXPLAINED.test(line) }).toEqual({ name, line, explained: true });
    }
  });

  it("every wizard reason speaks for the pick, through the use case or a ticked question, each claim once in each list", () => {
    for (const [query, page] of wizardPages) {
      const why = whyLines(page);
      if (!why) continue;
      const reasons = why.lines.filter((l) => claimReason(l) || TEAM_REASON.test(l));
      for (const line of reasons) {
        const claim = claimReason(line);
        expect({ query, line, forPick: (claim ? claim.name : TEAM_REASON.exec(line)![1]) === why.pick }).toEqual({
          query,
          line,
          forPick: true,
        });
      }
      // A ticked need lists every claim its counts are made of, one given under "Why" too (review 8, H7);
      // within one list (a line of links), and outside the needs' lists, a claim is linked once.
      const needLists = page.split("\n").filter((l) => l.startsWith("Evidence: the claim “"));
      for (const line of needLists) {
        const inList = [...line.matchAll(/the claim “(.+?)”/g)].map((m) => m[1]);
        expect({ query, repeated: inList.filter((q, i) => inList.indexOf(q) !== i) }).toEqual({ query, repeated: [] });
      }
      const rest = page
        .split("\n")
        .filter((l) => !needLists.includes(l))
        .join("\n");
      const linked = [...rest.matchAll(/the claim “(.+?)”/g)].map((m) => m[1]);
      expect({ query, repeated: linked.filter((q, i) => linked.indexOf(q) !== i) }).toEqual({ query, repeated: [] });
    }
  });

  it("the independent reader's audit, on every wizard path: no reason is advice made for another use case (F2), the count of answers that moved agrees with the confidence line (F5), a pick under 10% is called a lean (F8), and the published verdict's pick is what its page says", () => {
    for (const { key, query, page } of wizardPaths()) {
      const why = whyLines(page);
      for (const line of why?.lines ?? [])
        expect({ key, line, elsewhere: line.includes("shared with the use case it recommends for") }).toEqual({
          key,
          line,
          elsewhere: false,
        });
      // The title names what moved (review 9, R11): "no answer moved the scores (…)" when nothing did.
      const title = /^How your answers counted · (.+)$/m.exec(page)?.[1];
      const moved = title === undefined ? Number.NaN : title.startsWith("no answer moved the scores") ? 0 : 1;
      if (/^Confidence /m.test(page)) {
        expect({ key, counted: Number.isFinite(moved) }).toEqual({ key, counted: true });
        if (page.includes("your answers do not change it")) expect({ key, moved }).toEqual({ key, moved: 0 });
        if (/your answers \(.+?\) move the scores/.test(page))
          expect({ key, movedSome: moved > 0 }).toEqual({ key, movedSome: true });
      }
      const percent = Number(/^Confidence (\d+)%: /m.exec(page)?.[1] ?? Number.NaN);
      if (Number.isFinite(percent))
        expect({ key, percent, heading: page.includes("\nOur recommendation\n") }).toEqual({
          key,
          percent,
          heading: percent >= 10,
        });
      const verdict = verdictPages.get(query.useCase);
      const published = verdict && /^→ (.+?)(?: — .+)?$/m.exec(verdict)?.[1];
      const cited = /its verdict picks (.+?) \(\d+%\)/.exec(page)?.[1];
      if (cited) expect({ key, cited, published }).toEqual({ key, cited, published: cited });
    }
  });

  it("F13: every need a verdict page is chosen on has a counted claim or a team decision shown that speaks to it, or the page says none does", () => {
    for (const [slug, page] of verdictPages) {
      const needs =
        /^Chosen on: (.+?)\. A claim counts here when it speaks to one of these needs or names this use case;/m
          .exec(page)?.[1]
          .split(" · ") ?? [];
      expect({ slug, needs: needs.length > 0 }).toEqual({ slug, needs: true });
      const counted = [...page.matchAll(/^(?:Supports|Speaks against), [a-z ]+: .+ counts because: (.+)$/gm)].map(
        (m) => m[1],
      );
      // One line for the needs nothing sets apart, one per need whose figures were all taken on an empty endpoint.
      const unspoken = [...page.matchAll(/^No counted claim speaks to (.+?)(?:: | \()/gm)].flatMap((m) =>
        m[1].split("; "),
      );
      // A team decision shown as a reason speaks to the needs it names (review 4, R4).
      const decided = [...page.matchAll(/a team decided on it for the same reasons? \(([^)]*)\)/g)].flatMap((m) =>
        m[1].split("; "),
      );
      for (const need of needs) {
        const spoken = counted.some((because) => because.startsWith(need)) || decided.includes(need);
        expect({ slug, need, spoken, listed: unspoken.includes(need) }).toEqual({
          slug,
          need,
          spoken,
          listed: !spoken,
        });
      }
    }
  });

  it("no hello-world benchmark is a reason anywhere: it measures an empty endpoint", () => {
    for (const [name, page] of [...verdictPages, ...wizardPages]) {
      for (const line of [...(whyLines(page)?.lines ?? [])])
        expect({ name, line, hello: /hello-world/.test(line) }).toEqual({ name, line, hello: false });
    }
  });

  it("findings 4 and 12: what a verdict page says of its pick is worked out from the evidence; the editors' own words appear only under their labelled note", async () => {
    const rows = await t.db.verdict.findMany({
      where: publishedVerdictWhere(),
      select: { summary: true, rationale: true, useCase: { select: { slug: true } } },
    });
    for (const { summary, rationale, useCase } of rows) {
      const page = verdictPages.get(useCase.slug)!;
      const note = page.indexOf("\nEditors' note\nIn the editors' own words, not worked out from the evidence.\n");
      expect({ slug: useCase.slug, labelled: note > 0 }).toEqual({ slug: useCase.slug, labelled: true });
      for (const words of [summary, rationale].filter(Boolean))
        expect({ slug: useCase.slug, words, at: page.indexOf(words) > note }).toEqual({
          slug: useCase.slug,
          words,
          at: true,
        });
      // The lead under the pick: the pick and the verified claims for and against it (how firmly: the pick line, #13 G17).
      const lead = /^→ .+\n(.+)$/m.exec(page)?.[1] ?? "";
      expect({ slug: useCase.slug, lead }).toEqual({
        slug: useCase.slug,
        lead: expect.stringMatching(
          /^(.+ leads on the checked evidence \(\d+ verified claims? for it, (none|\d+) against it\)\.|Editors chose .+ \(\d+ verified claims? for it, (none|\d+) against it\); the checked evidence alone (points to .+|names no pick)\.)$/,
        ),
      });
    }
  });

  it("finding 8: the editors' own write-up is no independent source, and the page says so where it is cited", async () => {
    const own = await t.db.article.findMany({ where: { houseSource: true }, select: { title: true } });
    expect(own.map((a) => a.title)).toEqual(["Admin interfaces compared"]);
    const page = verdictPages.get("back-office-tool")!;
    expect(page).toMatch(
      /"Django has an admin interface built in\." — a feature claim for Django, from \d+ independent sources?, plus our own write-up \(not counted as one\)/,
    );
    expect(page).toMatch(/in our own write-up \(not counted as an independent source\)/);
  });

  // The second re-review of the public pages (notes: review-public-2.md, findings 8 and 9).
  /** The weights a page gives each claim: in the list of every claim counted and beside the claims editors cited. */
  const weightsByClaim = (page: string) => {
    const weights = new Map<string, Set<string>>();
    const note = (claim: string, weight: string) => weights.set(claim, (weights.get(claim) ?? new Set()).add(weight));
    for (const m of page.matchAll(/^(?:Supports|Speaks against), [a-z ]+: (.+) \(weight ([\d.,]+)\)/gm))
      note(m[1], m[2]);
    for (const m of page.matchAll(
      /^(.+?)(?:Verified|Disputed|Refuted) (?:Supports|Speaks against) · (?:counted with )?weight ([\d.,]+)/gm,
    ))
      note(m[1], m[2]);
    return weights;
  };

  it("finding 8: one claim carries one weight on a verdict page", () => {
    for (const [name, page] of verdictPages) {
      const weights = weightsByClaim(page);
      expect(weights.size).toBeGreaterThan(0);
      for (const [claim, set] of weights)
        expect({ name, claim, weights: [...set] }).toEqual({ name, claim, weights: [[...set][0]] });
    }
  });

  it("finding 9: every claim the confidence line counts is named on the page with why it counts", () => {
    for (const [name, page] of verdictPages) {
      const counted = Number(/confidence when published: \d+% — (\d+) verified claims? from/.exec(page)?.[1] ?? NaN);
      const listed =
        Number(/^Every claim counted \((\d+)\)$/m.exec(page)?.[1] ?? NaN) -
        Number(NEXT_LIST_HEADING.exec(page)?.[3] ?? 0);
      const lines = withoutNext(page)
        .split("\n")
        .filter((l) => /^(Supports|Speaks against), [a-z ]+: .+ \(weight [\d.,]+\)/.test(l));
      const supports = lines.filter((l) => l.startsWith("Supports"));
      expect({ name, supports: supports.length, listed: lines.length }).toEqual({ name, supports: counted, listed });
      for (const line of lines)
        expect({ name, line, because: / counts because: \S/.test(line) }).toEqual({ name, line, because: true });
    }
  });

  it("finding 20: 'what would change this' names no challenger where no other technology has a case", () => {
    for (const [name, page] of verdictPages) {
      if (!/^Strongest counter-evidence\nNone found so far\.$/m.test(page)) continue;
      expect({ name, challenger: /challenger's claim/.test(page) }).toEqual({ name, challenger: false });
      expect(page).toContain("there is no challenger to tip");
    }
  });
});
