"use client";
// The wizard's questionnaire. Without JavaScript it is a plain GET form to /wizard (the server
// renders the result from the URL). With it, submitting puts the answers in the address bar and
// asks GET /api/v1/wizard through react-query; the result is announced politely. The result
// comes first (a shared link opens on it), the answers to change follow.
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/errors";
import { answersQuery, QUESTIONS, type WizardAnswers } from "@/lib/wizard/questions";
import type { WizardResult } from "@/lib/wizard/recommend";
import { WizardResultView } from "./WizardResultView";

interface Props {
  initialAnswers: Partial<WizardAnswers>;
  initialResult: WizardResult | null;
  initialErrors: FieldErrors;
}

async function fetchRecommendation(query: string): Promise<WizardResult> {
  const res = await fetch(`/api/v1/wizard?${query}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`The recommendation could not be loaded (${res.status}).`);
  return (await res.json()) as WizardResult;
}

function Wizard({ initialAnswers, initialResult, initialErrors }: Props) {
  const [answers, setAnswers] = useState<Partial<WizardAnswers>>(initialAnswers);
  const [errors, setErrors] = useState<FieldErrors>(initialErrors);
  const [query, setQuery] = useState(initialResult ? initialResult.query : "");
  const resultRef = useRef<HTMLElement>(null);
  const { data, error, isFetching } = useQuery({
    queryKey: ["wizard", query],
    queryFn: () => fetchRecommendation(query),
    enabled: query !== "",
    initialData: initialResult && query === initialResult.query ? initialResult : undefined,
    staleTime: 60_000,
  });

  const choose = (key: string, value: string) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    setErrors(({ [key]: _answered, ...rest }) => rest);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = QUESTIONS.filter((q) => !answers[q.key]);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((q) => [q.key, ["Answer this question."]])));
      document.getElementById(`wizard-${missing[0].key}-${missing[0].options[0].value}`)?.focus();
      return;
    }
    const next = answersQuery(answers);
    window.history.replaceState(null, "", `/wizard?${next}`);
    setQuery(next);
    // The result sits above the form: bring it into view (the status line announces it).
    resultRef.current?.scrollIntoView({ block: "start" });
  };

  const status = isFetching
    ? "Working out the recommendation…"
    : error
      ? error.message
      : data
        ? data.recommendation
          ? `Recommendation: ${data.recommendation.label}.`
          : "No recommendation yet for these answers."
        : "";

  return (
    <>
      <p role="status" aria-live="polite" className="sr-only">{status}</p>
      <section ref={resultRef} aria-labelledby={data ? "wizard-result-heading" : undefined} aria-label={data ? undefined : "Recommendation"} aria-busy={isFetching} className="wizard-result-region">
        {data ? <WizardResultView result={data} /> : null}
      </section>
      <form method="get" action="/wizard" className="wizard" onSubmit={submit} noValidate>
        {data && <h2 className="wizard-answers-heading">Change your answers</h2>}
        {Object.keys(errors).length > 0 && (
          <p className="form-error" role="alert">Please answer the questions marked below.</p>
        )}
        {QUESTIONS.map((q, n) => {
          const fieldError = errors[q.key]?.[0];
          return (
            <fieldset key={q.key} className={fieldError ? "wizard-question wizard-question--error" : "wizard-question"} aria-describedby={`wizard-${q.key}-hint${fieldError ? ` wizard-${q.key}-error` : ""}`}>
              <legend>
                <span className="wizard-question__number">{n + 1}.</span> {q.legend}
              </legend>
              <p id={`wizard-${q.key}-hint`} className="muted">{q.hint}</p>
              {fieldError && <p id={`wizard-${q.key}-error`} className="field-error">{fieldError}</p>}
              <div className="wizard-options">
                {q.options.map((o) => {
                  const id = `wizard-${q.key}-${o.value}`;
                  return (
                    <label key={o.value} htmlFor={id} className="wizard-option">
                      <input type="radio" id={id} name={q.key} value={o.value} checked={answers[q.key] === o.value} onChange={() => choose(q.key, o.value)} />
                      <span>{o.label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <p className="wizard-actions">
          <button type="submit" name="show" value="1" className="button">Show my recommendation</button>
          <a href="/wizard">Start over</a>
        </p>
      </form>
    </>
  );
}

export function WizardForm(props: Props) {
  // One client per mounted wizard: nothing is shared between visitors on the server.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <Wizard {...props} />
    </QueryClientProvider>
  );
}
