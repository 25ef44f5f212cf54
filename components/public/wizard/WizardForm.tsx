"use client";
// The wizard's questionnaire, built from the data (lib/wizard/questionnaire): what you are building
// (the use case, which sets the category), what the team knows, and which of the category's drivers
// matter. Without JavaScript it is a plain GET form to /wizard: the first answer brings the next
// questions, and the server renders the result from the URL. With it, the next questions follow
// the first answer at once, submitting puts the answers in the address bar and asks
// GET /api/v1/wizard through react-query; the result is announced politely and comes first (a
// shared link opens on it), the answers to change follow.
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/errors";
import { answersQuery, type WizardAnswers } from "@/lib/wizard/answers";
import { categoryOf } from "@/lib/wizard/category-of";
import type { Questionnaire } from "@/lib/wizard/questionnaire";
import { NO_SKILLS } from "@/lib/wizard/skills";
import type { WizardResult } from "@/lib/wizard/recommend";
import { headlineOf } from "@/lib/wizard/headline";
import { WizardResultView } from "./WizardResultView";
import { Choice, Question } from "./Question";

interface Props {
  questionnaire: Questionnaire;
  initialAnswers: Partial<WizardAnswers>;
  initialResult: WizardResult | null;
  initialErrors: FieldErrors;
}

async function fetchRecommendation(query: string): Promise<WizardResult> {
  const res = await fetch(`/api/v1/wizard?${query}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`The recommendation could not be loaded (${res.status}).`);
  return (await res.json()) as WizardResult;
}

type Category = NonNullable<ReturnType<typeof categoryOf>>;

/**
 * The answers and their errors, the result's query (asked through react-query), and what each answer
 * does to the others: a use case from another category keeps only the answers that still apply.
 */
/** The questions still to answer, the first unanswered one only: the use case, then the team's skills. */
function missingAnswers(answers: Partial<WizardAnswers>): FieldErrors {
  if (!answers.useCase) return { useCase: ["Answer this question."] };
  return answers.skills?.length ? {} : { skills: ["Answer this question."] };
}

function useWizard({ questionnaire, initialAnswers, initialResult, initialErrors }: Props) {
  const [answers, setAnswers] = useState<Partial<WizardAnswers>>(initialAnswers);
  const [errors, setErrors] = useState<FieldErrors>(initialErrors);
  const [query, setQuery] = useState(initialResult ? initialResult.query : "");
  const resultRef = useRef<HTMLElement>(null);
  const result = useQuery({
    queryKey: ["wizard", query],
    queryFn: () => fetchRecommendation(query),
    enabled: query !== "",
    initialData: initialResult && query === initialResult.query ? initialResult : undefined,
    staleTime: 60_000,
  });
  const category = answers.useCase ? categoryOf(questionnaire, answers.useCase) : undefined;

  const clearError = (key: string) => setErrors(({ [key]: _answered, ...rest }) => rest);

  const chooseUseCase = (slug: string) => {
    const next = categoryOf(questionnaire, slug);
    // Another category has other languages and drivers: keep only the answers that still apply.
    setAnswers((a) => ({
      useCase: slug,
      skills: (a.skills ?? []).filter((v) => next?.skills.some((o) => o.value === v)),
      needs: (a.needs ?? []).filter((k) => next?.drivers.some((d) => d.key === k)),
    }));
    clearError("useCase");
  };

  // A team may know several: each option is a checkbox; "none of these" and a skill exclude each other.
  const toggleSkill = (value: string, on: boolean) => {
    const order = category?.skills.map((o) => o.value) ?? [];
    setAnswers((a) => {
      const set = new Set(a.skills ?? []);
      if (!on) set.delete(value);
      else if (value === NO_SKILLS) set.clear();
      else set.delete(NO_SKILLS);
      if (on) set.add(value);
      return { ...a, skills: order.filter((v) => set.has(v)) };
    });
    clearError("skills");
  };

  const toggleNeed = (key: string, on: boolean) => {
    const order = category?.drivers.map((d) => d.key) ?? [];
    setAnswers((a) => {
      const set = new Set(a.needs ?? []);
      if (on) set.add(key);
      else set.delete(key);
      return { ...a, needs: order.filter((k) => set.has(k)) };
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = missingAnswers(answers);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      const first = missing.useCase
        ? `wizard-useCase-${questionnaire.useCases[0]?.slug}`
        : `wizard-skills-${category?.skills[0]?.value}`;
      document.getElementById(first)?.focus();
      return;
    }
    const next = answersQuery(answers);
    window.history.replaceState(null, "", `/wizard?${next}`);
    setQuery(next);
    // The result sits above the form: bring it into view (the status line announces it).
    resultRef.current?.scrollIntoView({ block: "start" });
  };

  return { answers, errors, category, result, resultRef, chooseUseCase, toggleSkill, toggleNeed, submit };
}

type WizardState = ReturnType<typeof useWizard>;

/** Question 1: the use case, grouped by the category it sets. */
function UseCaseQuestion({ questionnaire, wizard }: { questionnaire: Questionnaire; wizard: WizardState }) {
  const groups = questionnaire.categories.filter((c) => questionnaire.useCases.some((u) => u.category === c.key));
  return (
    <Question
      id="useCase"
      number={1}
      legend="What are you building?"
      hint="The closest match is enough: it decides which kind of technology is compared."
      error={wizard.errors.useCase?.[0]}
    >
      {groups.map((group) => (
        <div key={group.key} className="wizard-options" role="group" aria-label={group.label}>
          <p className="wizard-group">{group.label}</p>
          {questionnaire.useCases
            .filter((u) => u.category === group.key)
            .map((u) => (
              <Choice
                key={u.slug}
                type="radio"
                name="useCase"
                value={u.slug}
                label={u.name}
                checked={wizard.answers.useCase === u.slug}
                onChange={() => wizard.chooseUseCase(u.slug)}
              />
            ))}
        </div>
      ))}
    </Question>
  );
}

/** Question 2: what the team already knows (languages, or the category's technologies): every one that applies. */
function SkillsQuestion({ category, wizard }: { category: Category; wizard: WizardState }) {
  return (
    <Question
      id="skills"
      number={2}
      legend={
        category.skillsBy === "language"
          ? "Which languages does the team already know?"
          : `Which of these ${category.label.toLowerCase()} does the team already know?`
      }
      hint="Tick every one the team knows. Familiar tools ship sooner: among technologies with supporting evidence, the ones your team knows come first; when the pick is one it does not know, the result says so."
      error={wizard.errors.skills?.[0]}
    >
      <div className="wizard-options">
        {category.skills.map((o) => (
          <Choice
            key={o.value}
            type="checkbox"
            name="skills"
            value={o.value}
            label={o.label}
            checked={wizard.answers.skills?.includes(o.value) ?? false}
            onChange={(checked) => wizard.toggleSkill(o.value, checked)}
          />
        ))}
      </div>
    </Question>
  );
}

/**
 * Question 3: the needs that matter. The chosen use case's own first (those it is chosen on, in its
 * order); the category's others after them under their own label, as not weighed for it (G8): still
 * offered, since without JavaScript a visitor may change the use case on this same form.
 */
function NeedsQuestion({
  questionnaire,
  category,
  wizard,
}: {
  questionnaire: Questionnaire;
  category: Category;
  wizard: WizardState;
}) {
  const useCase = questionnaire.useCases.find((u) => u.slug === wizard.answers.useCase);
  const own = (useCase?.needs ?? []).filter((n) => category.drivers.some((d) => d.key === n.key));
  const others = category.drivers.filter((d) => !own.some((n) => n.key === d.key));
  const choice = (d: { key: string; label: string }) => (
    <Choice
      key={d.key}
      type="checkbox"
      name="needs"
      value={d.key}
      label={d.label}
      checked={wizard.answers.needs?.includes(d.key) ?? false}
      onChange={(checked) => wizard.toggleNeed(d.key, checked)}
    />
  );
  return (
    <Question
      id="needs"
      number={3}
      legend="What matters for this project?"
      hint="Tick each that matters: it is weighed against the checked claims about it, or the result says why it could not be. What the use case itself is chosen on is weighed whether ticked or not; ticking it weighs it more."
    >
      {own.length > 0 && useCase && (
        <div className="wizard-options" role="group" aria-label={`What ${useCase.name} is chosen on`}>
          <p className="wizard-group">What {useCase.name} is chosen on</p>
          {own.map(choice)}
        </div>
      )}
      {others.length > 0 && (
        <div className="wizard-options" role="group" aria-label="Not weighed for this use case">
          <p className="wizard-group">Not weighed for this use case</p>
          <p className="muted">
            {useCase ? `${useCase.name} is not chosen on these` : "The use case is not chosen on these"}: ticked, they
            add nothing to the ranking, and the result says so.
          </p>
          {others.map(choice)}
        </div>
      )}
    </Question>
  );
}

/** The questions as a GET form to /wizard, so that it works without JavaScript too. */
function WizardQuestions({ questionnaire, wizard }: { questionnaire: Questionnaire; wizard: WizardState }) {
  const { category } = wizard;
  return (
    <form method="get" action="/wizard" className="wizard" onSubmit={wizard.submit} noValidate>
      {Object.keys(wizard.errors).length > 0 && (
        <p className="form-error" role="alert">
          Please answer the questions marked below.
        </p>
      )}
      <UseCaseQuestion questionnaire={questionnaire} wizard={wizard} />
      {category && (
        <>
          <SkillsQuestion category={category} wizard={wizard} />
          {category.drivers.length > 0 && (
            <NeedsQuestion questionnaire={questionnaire} category={category} wizard={wizard} />
          )}
        </>
      )}
      <p className="wizard-actions">
        {category ? (
          <button type="submit" name="show" value="1" className="button">
            Show my recommendation
          </button>
        ) : (
          // Without JavaScript the next questions depend on this answer: the page brings them.
          <button type="submit" className="button">
            Next
          </button>
        )}
        <a href="/wizard">Start over</a>
      </p>
    </form>
  );
}

function Wizard(props: Props) {
  const wizard = useWizard(props);
  // A shared link opens on its result, the answers folded under it (a phone would scroll past
  // three questions' options to reach the end); answered here, they stay open to change.
  const [answersOpen] = useState(!props.initialResult);
  const { data, error, isFetching } = wizard.result;
  const status = isFetching
    ? "Working out the recommendation…"
    : error
      ? error.message
      : data
        ? headlineOf(data).status
        : "";

  const formElement = <WizardQuestions questionnaire={props.questionnaire} wizard={wizard} />;
  return (
    <>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      <section
        ref={wizard.resultRef}
        aria-labelledby={data ? "wizard-result-heading" : undefined}
        aria-label={data ? undefined : "Recommendation"}
        aria-busy={isFetching}
        className="wizard-result-region"
      >
        {data ? <WizardResultView result={data} /> : null}
      </section>
      {data ? (
        <details className="wizard-answers" open={answersOpen}>
          <summary>
            <h2 className="wizard-answers-heading">Change your answers</h2>
          </summary>
          {formElement}
        </details>
      ) : (
        formElement
      )}
    </>
  );
}

export function WizardForm(props: Props) {
  // One client per mounted wizard: nothing is shared between visitors on the server.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <Wizard {...props} />
    </QueryClientProvider>
  );
}
