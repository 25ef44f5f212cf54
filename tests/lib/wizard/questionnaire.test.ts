// A need several use cases share is asked once, in words for the need itself, not in the first use
// case's own wording of it.
import { buildQuestionnaire, type WizardNeed, type WizardTechnology } from "@/lib/wizard";

const TECHS: WizardTechnology[] = [
  { slug: "django", name: "Django", kind: "framework", language: "python" },
  { slug: "express", name: "Express", kind: "framework", language: "javascript" },
];
const need = (key: string, label: string, terms: string[] = [key]): WizardNeed => ({ key, label, terms });
const useCase = (slug: string, name: string, drivers: WizardNeed[]) => ({
  slug,
  name,
  description: "",
  category: "framework",
  drivers,
});

const questionsOf = (useCases: ReturnType<typeof useCase>[]) =>
  buildQuestionnaire(useCases, TECHS).categories[0].drivers;

describe("the wizard's question for a need several use cases share", () => {
  it("uses the driver's own label when the use cases word it differently", () => {
    const questions = questionsOf([
      useCase("back-office", "Back office", [
        need("needs-auth", "Needs staff logins and permissions", ["staff login"]),
      ]),
      useCase("saas", "SaaS back end", [need("needs-auth", "Needs tenant sign-in", ["sign-in"])]),
    ]);
    expect(questions).toHaveLength(1);
    expect(questions[0].label).toBe("Needs authentication and permissions");
    // Every use case's words still count when it is ticked.
    expect(questions[0].terms).toEqual(expect.arrayContaining(["staff login", "sign-in"]));
  });

  it("keeps a label the use cases agree on, and one use case's own label when it alone has the need", () => {
    const shared = questionsOf([
      useCase("a", "A", [need("needs-auth", "Needs logins")]),
      useCase("b", "B", [need("needs-auth", "Needs logins")]),
      useCase("c", "C", [need("needs-admin-ui", "Needs a staff admin")]),
    ]);
    expect(shared.map((q) => q.label)).toEqual(["Needs logins", "Needs a staff admin"]);
  });

  it("for an editors' key with no default, takes the label most use cases give it", () => {
    const questions = questionsOf([
      useCase("a", "A", [need("multi-tenant", "Serves many customers from one install, each walled off")]),
      useCase("b", "B", [need("multi-tenant", "Multi-tenant")]),
      useCase("c", "C", [need("multi-tenant", "Multi-tenant")]),
    ]);
    expect(questions[0].label).toBe("Multi-tenant");
  });
});
