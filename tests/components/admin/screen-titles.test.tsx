import "./support/jsdom-polyfills";
// Admin screen titles read as words ("User: Rowan Reset", not "Users Rowan Reset"), the browser tab
// says the same, and a list row on a phone shows labels and its date under the title, never a
// record's machine keys (a claim's topic key "need-a-back-office-by-friday").
import { cellText, phoneCaption } from "@/components/admin/resource/ResourceList";
import type { FieldMeta } from "@/components/admin/meta";
import { adminI18nProvider, savedNotice, screenTitle, singularOf, tabTitle } from "@/components/admin/titles";

describe("screen titles", () => {
  it("names one record of a resource in the singular, before its own title", () => {
    expect(screenTitle("ra.page.show", { name: "Users", recordRepresentation: "Rowan Reset" })).toBe(
      "User: Rowan Reset",
    );
    expect(screenTitle("ra.page.edit", { name: "Technologies", recordRepresentation: "Django" })).toBe(
      "Edit technology: Django",
    );
    expect(screenTitle("ra.page.create", { name: "Use cases" })).toBe("New use case");
    expect(screenTitle("ra.page.edit", { name: "Claims", recordRepresentation: "" })).toBe("Edit claim");
  });

  it("leaves every other text to react-admin's English", () => {
    expect(screenTitle("ra.action.save")).toBeNull();
    expect(adminI18nProvider.translate("ra.action.save")).toBe("Save");
    expect(
      adminI18nProvider.translate("ra.page.show", { name: "Verdicts", recordRepresentation: "FastAPI for JSON APIs" }),
    ).toBe("Verdict: FastAPI for JSON APIs");
  });

  it("singular of every label the registry uses", () => {
    const labels = {
      Claims: "Claim",
      Technologies: "Technology",
      "Use cases": "Use case",
      Citations: "Citation",
      Contradictions: "Contradiction",
      "Outcome reviews": "Outcome review",
      "Login attempts": "Login attempt",
      Memberships: "Membership",
      Revisions: "Revision",
      Statuses: "Status",
    };
    for (const [plural, one] of Object.entries(labels)) expect(singularOf(plural)).toBe(one);
  });

  it('says a save as the edit screen does ("Saved."), never react-admin\'s "Element created"', () => {
    expect(adminI18nProvider.translate("ra.notification.created", { smart_count: 1 })).toBe("Created.");
    expect(adminI18nProvider.translate("ra.notification.updated", { smart_count: 1 })).toBe("Saved.");
    expect(savedNotice("ra.notification.updated", { smart_count: 3 })).toBe("3 records saved.");
    expect(savedNotice("ra.notification.deleted", { smart_count: 2 })).toBe("2 records deleted.");
  });

  it("puts the screen first in the browser tab", () => {
    expect(tabTitle("User: Rowan  Reset")).toBe("User: Rowan Reset · StackVerdict admin");
    expect(tabTitle("")).toBe("StackVerdict admin");
  });
});

describe("a list row's caption on a phone", () => {
  const field = (name: string, extra: Partial<FieldMeta>): FieldMeta =>
    ({ name, type: "string", list: true, ...extra }) as FieldMeta;
  const columns = [
    field("kind", { type: "enum", choices: ["RECOMMENDATION"] } as Partial<FieldMeta>),
    field("status", { type: "enum", choices: ["VERIFIED"] } as Partial<FieldMeta>),
    field("topic", { machineKey: true } as Partial<FieldMeta>),
    field("slug", { type: "slug" }),
    field("domain", {}),
    field("updatedAt", { type: "datetime" }),
  ];

  it("shows labels and the date, and leaves machine keys and slugs out", () => {
    const caption = phoneCaption(columns, {
      kind: "RECOMMENDATION",
      status: "VERIFIED",
      topic: "need-a-back-office-by-friday",
      slug: "django",
      domain: "example.org",
      updatedAt: "2026-12-03T20:40:25.000Z",
    });
    expect(caption).toMatch(/^Recommendation · Verified · example\.org · 3 Dec 2026, \d\d:40$/);
    expect(caption).not.toContain("need-a-back-office");
    expect(caption).not.toContain("django");
    expect(cellText(columns[2], "runs")).toBe("");
  });
});
