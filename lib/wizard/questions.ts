// The wizard's questionnaire: each answer ticks decision drivers (lib/verdicts DRIVERS), the same
// keys teams tick on their decisions and the verdict engine scores with. Described once: the form,
// the answer schema, the API and its tests all read this list.
import type { DriverKey } from "@/lib/verdicts";

export interface WizardOption {
  value: string;
  label: string;
  drivers: DriverKey[];
}

export interface WizardQuestion {
  key: string;
  legend: string;
  hint: string;
  options: WizardOption[];
}

export const QUESTIONS = [
  {
    key: "build",
    legend: "What are you building?",
    hint: "The closest match is enough.",
    options: [
      { value: "back-office", label: "An internal back-office or admin tool", drivers: ["needs-admin-ui", "needs-auth"] },
      { value: "json-api", label: "A public JSON API", drivers: ["high-traffic-io", "needs-auth"] },
      { value: "content-site", label: "A content site or CMS", drivers: ["editors-non-developers", "needs-admin-ui"] },
      { value: "ml-service", label: "A service that serves machine-learning models", drivers: ["ml-serving"] },
      { value: "small-service", label: "A small internal service", drivers: ["small-service"] },
    ],
  },
  {
    key: "skills",
    legend: "What does the team already know?",
    hint: "Familiar tools ship sooner.",
    options: [
      { value: "python", label: "Python", drivers: ["team-knows-python"] },
      { value: "javascript", label: "JavaScript or TypeScript", drivers: ["team-knows-javascript"] },
      { value: "both", label: "Both", drivers: ["team-knows-python", "team-knows-javascript"] },
      { value: "neither", label: "Neither, or something else", drivers: [] },
    ],
  },
  {
    key: "editors",
    legend: "Who edits the data?",
    hint: "Non-developers need screens, not a database console.",
    options: [
      { value: "developers", label: "Only developers", drivers: [] },
      { value: "staff", label: "Staff or editors who are not developers", drivers: ["editors-non-developers", "needs-admin-ui"] },
      { value: "nobody", label: "Nobody: the data comes from other systems", drivers: [] },
    ],
  },
  {
    key: "traffic",
    legend: "How much traffic, and what kind?",
    hint: "I/O-bound: most time is spent waiting on databases or other services.",
    options: [
      { value: "low", label: "Low: a few users at a time", drivers: [] },
      { value: "moderate", label: "Moderate, mostly database reads and writes", drivers: [] },
      { value: "high-io", label: "High, and I/O-bound", drivers: ["high-traffic-io"] },
    ],
  },
  {
    key: "realtime",
    legend: "Do you need asynchronous or real-time features?",
    hint: "Live updates, WebSockets, server-sent events.",
    options: [
      { value: "none", label: "No", drivers: [] },
      { value: "some", label: "A few background jobs or notifications", drivers: [] },
      { value: "core", label: "Yes, real-time updates are central", drivers: ["realtime-websockets"] },
    ],
  },
  {
    key: "ml",
    legend: "Will it serve machine-learning models?",
    hint: "Inference inside the request, not offline training.",
    options: [
      { value: "no", label: "No", drivers: [] },
      { value: "yes", label: "Yes", drivers: ["ml-serving"] },
    ],
  },
  {
    key: "timeline",
    legend: "When must the first version ship?",
    hint: "A short deadline favours batteries included.",
    options: [
      { value: "weeks", label: "Within weeks", drivers: ["time-to-first-release"] },
      { value: "months", label: "Within a few months", drivers: [] },
      { value: "no-rush", label: "No fixed date", drivers: [] },
    ],
  },
] as const satisfies readonly WizardQuestion[];

export type QuestionKey = (typeof QUESTIONS)[number]["key"];

export type WizardAnswers = { [Q in (typeof QUESTIONS)[number] as Q["key"]]: Q["options"][number]["value"] };

export const QUESTION_KEYS = QUESTIONS.map((q) => q.key) as QuestionKey[];

/** The drivers a set of answers ticks, each once, in DRIVERS order of first appearance. */
export function driversOf(answers: WizardAnswers): DriverKey[] {
  const drivers = new Set<DriverKey>();
  for (const question of QUESTIONS as readonly WizardQuestion[]) {
    const value = answers[question.key as QuestionKey];
    for (const driver of question.options.find((o) => o.value === value)?.drivers ?? []) drivers.add(driver);
  }
  return [...drivers];
}

/** The query string of a set of answers, in question order (stable, shareable links). */
export function answersQuery(answers: Partial<WizardAnswers>): string {
  const params = new URLSearchParams();
  for (const key of QUESTION_KEYS) {
    const value = answers[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}
