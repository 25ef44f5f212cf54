/** @jest-environment node */
// Review 4's medium findings (issue #11) on the demo as `npm run demo` shows it (SQLite, seeded):
// the verdict page, the verdict API and the wizard read as a reader would.
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import WizardPage from "@/app/(public)/wizard/page";
import { DRIVERS } from "@/lib/verdicts/drivers";
import { textOf as text, useSeededDemo } from "./support/demo-pages";
import { api } from "../api/v1/support";

const EVERY_NEED =
  "needs-admin-ui,needs-auth,editors-non-developers,time-to-first-release,background-jobs,seo,ml-serving,high-traffic-io,api-documentation,realtime-websockets,small-service";

describe("the demo after review 4 (SQLite)", () => {
  const demo = useSeededDemo();

  it("R4: a verdict page never says no claim speaks to a need beside a team decision counted for it", async () => {
    // Needs are compared by key: the finding was one need under two labels on one page.
    const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
    for (const slug of ["back-office-tool", "model-inference-service", "public-json-api"]) {
      const row = await demo().db.useCase.findFirstOrThrow({ where: { slug }, select: { needs: true } });
      const keyOf = new Map<string, string>([
        ...DRIVERS.map((d) => [lower(d.label), d.key] as [string, string]),
        ...(row.needs as { key: string; label: string }[]).map((n) => [n.label, n.key] as [string, string]),
      ]);
      const page = await text(UseCasePage({ params: Promise.resolve({ slug }) }));
      const unspoken = [...page.matchAll(/^No counted claim speaks to (.+?)(?:: | \()/gm)]
        .flatMap((m) => m[1].split("; "))
        .map((l) => keyOf.get(l) ?? l);
      const decided = [...page.matchAll(/a team decided on it for the same reasons? \(([^)]*)\)/g)]
        .flatMap((m) => m[1].split("; "))
        .map((l) => keyOf.get(l) ?? l);
      expect([slug, unspoken.filter((key) => decided.includes(key))]).toEqual([slug, []]);
    }
  });

  it("R7: the verdict API lists every claim its page counts, the counter-claims with them", async () => {
    const answer = await api("/api/v1/verdicts/django-for-internal-back-office-tools");
    const explanation = (
      answer.json as {
        explanation: { counted: { role: string; nextOption: string | null; claim: { statement: string } }[] | null };
      }
    ).explanation;
    expect(explanation.counted).not.toBeNull();
    // The pick's own (nextOption null); the next option's are listed with its name (G4).
    expect(
      explanation.counted!.filter((c) => c.role === "OPPOSES" && !c.nextOption).map((c) => c.claim.statement),
    ).toEqual(["Django has no built-in background jobs; the usual replacement is Celery."]);
    const page = await text(UseCasePage({ params: Promise.resolve({ slug: "back-office-tool" }) }));
    const listed = Number(/Every claim counted \((\d+)\)/.exec(page)?.[1]);
    expect(explanation.counted).toHaveLength(listed);
  });

  it("R2, R8: a back office with every need ticked gets the back office's pick, and a CMS counts no marketplace decision", async () => {
    const everything = await text(
      WizardPage({ searchParams: Promise.resolve({ useCase: "back-office-tool", skills: "none", needs: EVERY_NEED }) }),
    );
    expect(everything).toContain("→ Django");
    expect(everything).toContain("Ticked, but not weighed here:");
    const cms = await text(
      WizardPage({ searchParams: Promise.resolve({ useCase: "content-site-cms", skills: "none", needs: "" }) }),
    );
    expect(cms).not.toContain("a team decided on it");
  });

  it("R6: a need reads the same on the use case page, in the team decision's reason and in the wizard", async () => {
    const page = await text(UseCasePage({ params: Promise.resolve({ slug: "back-office-tool" }) }));
    const chosenOn = /Chosen on: (.+?)\. A claim counts here/.exec(page)![1].split(" · ");
    const decided = [...page.matchAll(/a team decided on it for the same reasons? \(([^)]*)\)/g)].flatMap((m) =>
      m[1].split("; "),
    );
    for (const need of decided) expect(chosenOn).toContain(need);
    const wizard = await text(
      WizardPage({ searchParams: Promise.resolve({ useCase: "back-office-tool", skills: "none", needs: "" }) }),
    );
    const weighed =
      /Not ticked, but weighed all the same, because Internal back-office tool is chosen on them: (.+?)\.\n/
        .exec(wizard)![1]
        .split("; ");
    expect(weighed.sort()).toEqual([...chosenOn].sort());
  });
});
