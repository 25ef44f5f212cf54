/** @jest-environment node */
// Fine-grained invalidation (lib/cache): a write through the service layer drops the cached pages,
// page data and API answers that show what it touched, and leaves the others cached. On SQLite and
// PostgreSQL, with the real API route handler (app/api/v1/[...path]/route.ts) behind the real page
// cache, and the real public loaders under the data memo declared as their pages declare them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GET as apiRoute } from "@/app/api/v1/[...path]/route";
import { SYSTEM } from "@/lib/auth/roles";
import {
  cachedPublicData,
  claimsOfTechnology,
  clearApiAnswers,
  clearPublicData,
  hasPublicData,
  shownInPlace,
  shownRecords,
} from "@/lib/cache";
import { PageCache } from "@/lib/cache/pages";
import { invalidateAll } from "@/lib/cache/tags";
import { getClaimPage } from "@/lib/public/claims";
import { getComparePage } from "@/lib/public/compare";
import { latestVerifiedClaims } from "@/lib/public/home";
import { getTechnologyPage } from "@/lib/public/technologies";
import { getUseCasePage } from "@/lib/public/use-cases";
import { dispatchRemote } from "@/lib/events/bus";
import "@/lib/events/subscribers";
import { recordAttempt } from "@/lib/auth/throttle";
import { claims, teams, technologies, users, verdicts } from "@/lib/resources";
import { createRecord, deleteRecord, updateRecord } from "@/lib/services/records";
import { testProviders, type TestDatabase } from "../../support/databases";
import { openAppWorld, type World } from "../public/world";

const on = () => true;

/** Next.js standing in for itself on /api/v1: the real route handler, its Response written out. */
async function nextJs(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const segments = url.pathname.replace(/^\/api\/v1\//, "").split("/");
  const answer = await apiRoute(new Request(url, { headers: { accept: "application/json" } }), {
    params: Promise.resolve({ path: segments }),
  });
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(Buffer.from(await answer.arrayBuffer()));
}

describe.each(testProviders())("fine-grained invalidation (%s)", (provider) => {
  let t: TestDatabase;
  let w: World;
  let server: Server;
  let base = "";
  let loads: Record<string, number>;

  // The pages' loaders, with the declarations of their route files (app/(public)/…/page.tsx).
  const counted =
    <A extends string[], R>(name: string, load: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      loads[name] = (loads[name] ?? 0) + 1;
      return load(...args);
    };
  let claimPage: (slug: string) => Promise<unknown>;
  let claimPageInPlace: (slug: string) => Promise<unknown>;
  let technologyPage: (slug: string) => Promise<unknown>;
  let comparePage: (pair: string) => Promise<unknown>;
  let useCasePage: (slug: string) => Promise<unknown>;
  let home: () => Promise<unknown>;

  beforeAll(async () => {
    ({ t, w } = await openAppWorld(provider));
    const cache = new PageCache();
    server = createServer((req, res) => void cache.handle(req, res, nextJs));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    claimPage = cachedPublicData(
      "claim",
      counted("claim", (slug: string) => getClaimPage(slug, t.db)),
      { enabled: on, tags: shownRecords },
    );
    // As app/(public)/claims/[slug]/page.tsx declares it (the entry above keeps the default).
    claimPageInPlace = cachedPublicData(
      "claim-in-place",
      counted("claim-in-place", (slug: string) => getClaimPage(slug, t.db)),
      { enabled: on, tags: shownInPlace },
    );
    technologyPage = cachedPublicData(
      "technology",
      counted("technology", (slug: string) => getTechnologyPage(slug, t.db)),
      {
        enabled: on,
        tags: (page) =>
          page && shownRecords(page, { lists: [claimsOfTechnology(page.technology.slug)], aggregates: false }),
      },
    );
    comparePage = cachedPublicData(
      "compare",
      counted("compare", (pair: string) => getComparePage(pair, t.db)),
      { enabled: on, tags: shownInPlace },
    );
    useCasePage = cachedPublicData(
      "use-case",
      counted("use-case", (slug: string) => getUseCasePage(slug, t.db)),
      { enabled: on, tags: shownRecords },
    );
    home = cachedPublicData(
      "home",
      counted("home", () => latestVerifiedClaims(t.db)),
      { enabled: on, tags: (h) => shownRecords(h, { every: ["claims"] }) },
    );
  }, 60_000);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    clearPublicData();
    clearApiAnswers();
    await t.close();
  });
  beforeEach(() => {
    loads = {};
    invalidateAll();
  });

  const api = async (path: string): Promise<string | null> =>
    (await fetch(`${base}/api/v1${path}`)).headers.get("x-page-cache");
  const API = {
    claim: () => `/claims/${w.verified.slug as string}`,
    django: () => "/technologies/django",
    flask: () => "/technologies/flask",
    pair: () => "/comparisons/django-vs-fastapi",
    unrelated: () => "/comparisons/fastapi-vs-flask",
    list: () => "/claims?page=1",
    useCase: () => "/use-cases/back-office-tool",
    search: () => "/search?q=django",
  };
  /** Every API answer of the list loaded once (a miss), then answered from the page cache. */
  async function warmApi(paths: string[]): Promise<void> {
    for (const path of paths) await api(path);
    for (const path of paths) {
      const res = await fetch(`${base}/api/v1${path}`);
      expect([path, res.status, res.headers.get("x-page-cache")]).toEqual([path, 200, "hit"]);
    }
  }
  async function warmPages(): Promise<void> {
    await Promise.all([
      claimPage(w.verified.slug as string),
      technologyPage("django"),
      technologyPage("flask"),
      comparePage("django-vs-fastapi"),
      comparePage("fastapi-vs-flask"),
      useCasePage("back-office-tool"),
      home(),
    ]);
  }
  const claimVersion = async () =>
    (await t.db.claim.findUniqueOrThrow({ where: { id: w.verified.id as string } })).version;

  it("editing a claim's wording drops what shows it, and leaves an unrelated comparison cached", async () => {
    const paths = Object.values(API).map((p) => p());
    await warmApi(paths);
    await warmPages();
    expect(hasPublicData("compare", "fastapi-vs-flask")).toBe(true);

    await updateRecord(
      claims,
      SYSTEM,
      w.verified.id as string,
      { version: await claimVersion(), statement: "Django has a built-in admin site." },
      t.db,
    );

    // The answers that show the claim (its page, its technology, its pair, the use case citing it,
    // the list ordered by update, search) are rendered again…
    for (const path of [API.claim(), API.django(), API.pair(), API.useCase(), API.list(), API.search()])
      expect([path, await api(path)]).toEqual([path, "miss"]);
    // …and the comparison of two other technologies, and another technology's page, are still cached.
    expect(await api(API.unrelated())).toBe("hit");
    expect(await api(API.flask())).toBe("hit");

    expect(hasPublicData("claim", w.verified.slug as string)).toBe(false);
    expect(hasPublicData("technology", "django")).toBe(false);
    expect(hasPublicData("compare", "django-vs-fastapi")).toBe(false);
    expect(hasPublicData("use-case", "back-office-tool")).toBe(false);
    expect(hasPublicData("compare", "fastapi-vs-flask")).toBe(true);
    expect(hasPublicData("technology", "flask")).toBe(true);
    // The new wording is what the next visitor reads.
    expect(JSON.stringify(await claimPage(w.verified.slug as string))).toContain("Django has a built-in admin site.");
    expect(JSON.stringify(await comparePage("django-vs-fastapi"))).toContain("Django has a built-in admin site.");
  });

  it("the same edit heard from another process (the commit feed) drops the same entries there", async () => {
    await warmApi([API.claim(), API.unrelated()]);
    await warmPages();
    // What another process's commit of a wording edit delivers here (lib/events/feed.ts → dispatchRemote).
    await dispatchRemote({
      id: 1e9,
      resource: "claims",
      action: "UPDATE",
      ids: [w.verified.id as string],
      fields: ["normalized", "statement"],
      publicFacing: true,
      inPlace: true,
      origin: "another-process",
    });
    expect(await api(API.claim())).toBe("miss");
    expect(await api(API.unrelated())).toBe("hit");
    expect(hasPublicData("claim", w.verified.slug as string)).toBe(false);
    expect(hasPublicData("compare", "fastapi-vs-flask")).toBe(true);
  });

  it("a change of status drops what shows or weighs the claim (its pair, its technology, the home), not another pair or claim", async () => {
    const perfClaim = `/claims/${w.perf.slug as string}`;
    await warmApi([
      API.unrelated(),
      API.pair(),
      API.claim(),
      API.django(),
      API.flask(),
      API.list(),
      API.useCase(),
      perfClaim,
    ]);
    await warmPages();
    await claimPageInPlace(w.verified.slug as string);
    await claimPageInPlace(w.perf.slug as string);
    await updateRecord(
      claims,
      SYSTEM,
      w.verified.id as string,
      { version: await claimVersion(), status: "DISPUTED" },
      t.db,
    );
    for (const path of [API.pair(), API.claim(), API.django(), API.list(), API.useCase()])
      expect([path, await api(path)]).toEqual([path, "miss"]);
    expect(hasPublicData("home")).toBe(false);
    expect(hasPublicData("compare", "django-vs-fastapi")).toBe(false);
    expect(hasPublicData("technology", "django")).toBe(false);
    expect(hasPublicData("use-case", "back-office-tool")).toBe(false);
    expect(hasPublicData("claim-in-place", w.verified.slug as string)).toBe(false);
    // A comparison and a technology that neither show nor weigh the claim stay.
    expect(await api(API.unrelated())).toBe("hit");
    expect(await api(API.flask())).toBe("hit");
    expect(hasPublicData("compare", "fastapi-vs-flask")).toBe(true);
    expect(hasPublicData("technology", "flask")).toBe(true);
    // Another claim's page shows its own status, not this one's: it stays, as its API answer does.
    expect(await api(perfClaim)).toBe("hit");
    expect(hasPublicData("claim-in-place", w.perf.slug as string)).toBe(true);
    // A page declared with the default tags (an aggregate) is dropped.
    expect(hasPublicData("claim", w.perf.slug as string)).toBe(false);
    expect(JSON.stringify(await claimPageInPlace(w.verified.slug as string))).toContain('"status":"DISPUTED"');
    const version = await claimVersion();
    await updateRecord(claims, SYSTEM, w.verified.id as string, { version, status: "VERIFIED" }, t.db);
  });

  it("a claim's status change drops the pages of the claims it contradicts; hiding a claim drops every claim page", async () => {
    const perfClaim = `/claims/${w.perf.slug as string}`;
    await warmApi([perfClaim, API.claim(), API.unrelated()]);
    await claimPageInPlace(w.perf.slug as string);
    // The refuted claim is disputed again: the FastAPI claim's page shows it among its contradictions.
    const refuted = await t.db.claim.findUniqueOrThrow({ where: { id: w.refuted.id as string } });
    await updateRecord(claims, SYSTEM, refuted.id, { version: refuted.version, status: "DISPUTED" }, t.db);
    expect(await api(perfClaim)).toBe("miss");
    expect(hasPublicData("claim-in-place", w.perf.slug as string)).toBe(false);
    expect(await api(API.claim())).toBe("hit");
    expect(JSON.stringify(await claimPageInPlace(w.perf.slug as string))).toContain('"status":"DISPUTED"');
    // Back to a status the site does not show: which claims exist changed, so every page goes.
    const disputed = await t.db.claim.findUniqueOrThrow({ where: { id: refuted.id } });
    await updateRecord(claims, SYSTEM, refuted.id, { version: disputed.version, status: "DRAFT" }, t.db);
    expect(await api(API.claim())).toBe("miss");
    expect(await api(API.unrelated())).toBe("miss");
    expect(hasPublicData("claim-in-place", w.perf.slug as string)).toBe(false);
    expect(JSON.stringify(await claimPageInPlace(w.perf.slug as string))).not.toContain(w.refuted.slug as string);
    const drafted = await t.db.claim.findUniqueOrThrow({ where: { id: refuted.id } });
    await updateRecord(claims, SYSTEM, refuted.id, { version: drafted.version, status: "REFUTED" }, t.db);
  });

  it("writes the site does not show drop nothing public: a user, a team, a login attempt, draft and candidate claims", async () => {
    const paths = [API.list(), API.pair(), API.unrelated(), API.claim(), API.django(), API.search()];
    await warmApi(paths);
    await warmPages();
    const user = await createRecord(
      users,
      SYSTEM,
      {
        email: "quiet-editor@example.com",
        name: "Quiet Editor",
        role: "EDITOR",
        password: "a long enough passphrase 42",
      },
      t.db,
    );
    await updateRecord(
      users,
      SYSTEM,
      user.id as string,
      { version: user.version as number, name: "Quiet Editor Two" },
      t.db,
    );
    const team = await createRecord(teams, SYSTEM, { name: "Back office team" }, t.db);
    await updateRecord(
      teams,
      SYSTEM,
      team.id as string,
      { version: team.version as number, description: "Builds the admin." },
      t.db,
    );
    await recordAttempt(t.db, "quiet-editor@example.com", "127.0.0.1", "bad-password");
    // The draft claim names Django and FastAPI, the pair above: its edits still change no public page.
    const draft = await t.db.claim.findUniqueOrThrow({ where: { id: w.draft.id as string } });
    await updateRecord(
      claims,
      SYSTEM,
      draft.id,
      { version: draft.version, statement: "Draft opinion, reworded.", topic: "orm" },
      t.db,
    );
    const candidate = await createRecord(
      claims,
      SYSTEM,
      { statement: "Django ships an ORM.", kind: "FEATURE", status: "CANDIDATE", technologyIds: [w.django.id] },
      t.db,
    );
    await updateRecord(
      claims,
      SYSTEM,
      candidate.id as string,
      { version: candidate.version as number, status: "DRAFT" },
      t.db,
    );

    for (const path of paths) expect([path, await api(path)]).toEqual([path, "hit"]);
    for (const [name, key] of [
      ["compare", "django-vs-fastapi"],
      ["compare", "fastapi-vs-flask"],
      ["technology", "django"],
      ["home", undefined],
    ] as const) {
      expect([name, key, key === undefined ? hasPublicData(name) : hasPublicData(name, key)]).toEqual([
        name,
        key,
        true,
      ]);
    }

    // The same claim made public changes lists, counts and its pair: those are dropped.
    const drafted = await t.db.claim.findUniqueOrThrow({ where: { id: candidate.id as string } });
    await updateRecord(claims, SYSTEM, drafted.id, { version: drafted.version, status: "VERIFIED" }, t.db);
    for (const path of [API.list(), API.django(), API.pair()]) expect([path, await api(path)]).toEqual([path, "miss"]);
    expect(hasPublicData("technology", "django")).toBe(false);
  });

  it("a technology's description drops its own pages, not the comparison of two others", async () => {
    await warmApi([API.django(), API.unrelated(), API.claim()]);
    const row = await t.db.technology.findUniqueOrThrow({ where: { id: w.django.id as string } });
    await updateRecord(
      technologies,
      SYSTEM,
      row.id,
      { version: row.version, description: "The web framework for perfectionists." },
      t.db,
    );
    expect(await api(API.django())).toBe("miss");
    expect(await api(API.claim())).toBe("miss"); // it names Django
    expect(await api(API.unrelated())).toBe("hit");
  });

  it("publishing a verdict drops its use case's page", async () => {
    // Without a published verdict the API has no answer for the use case (404, never kept).
    expect((await fetch(`${base}/api/v1/use-cases/small-service`)).status).toBe(404);
    await useCasePage("small-service");
    const before = JSON.stringify(await useCasePage("small-service"));
    expect(loads["use-case"]).toBe(1);
    const row = await t.db.verdict.findUniqueOrThrow({ where: { id: w.draftVerdict.id as string } });
    await updateRecord(verdicts, SYSTEM, row.id, { version: row.version, status: "PUBLISHED" }, t.db);
    const published = await fetch(`${base}/api/v1/use-cases/small-service`);
    expect([published.status, published.headers.get("x-page-cache")]).toEqual([200, "miss"]);
    const after = JSON.stringify(await useCasePage("small-service"));
    expect(loads["use-case"]).toBe(2);
    expect(after).not.toEqual(before);
    expect(after).toContain("Flask for small services");
  });

  it("deleting a claim drops its page and the pages listing it", async () => {
    await warmApi([API.claim(), API.django(), API.pair()]);
    await warmPages();
    await deleteRecord(claims, SYSTEM, w.verified.id as string, null, t.db);
    for (const path of [API.django(), API.pair()]) expect([path, await api(path)]).toEqual([path, "miss"]);
    expect((await fetch(`${base}/api/v1${API.claim()}`)).status).toBe(404);
    expect(await claimPage(w.verified.slug as string)).toBeNull();
    expect(JSON.stringify(await technologyPage("django"))).not.toContain(w.verified.slug as string);
  });
});
