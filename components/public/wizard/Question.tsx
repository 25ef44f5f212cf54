// One wizard question: a fieldset with its number, legend, hint and error (described by the hint
// and the error, so a screen reader says both), and its options, each a labelled radio or checkbox.
// The three questions of WizardForm are this markup with their own options (review 5, D1).
import type { ReactNode } from "react";

const describedBy = (id: string, error: string | undefined) => `wizard-${id}-hint${error ? ` wizard-${id}-error` : ""}`;

export function Question({
  id,
  number,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  number: number;
  legend: string;
  hint: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={error ? "wizard-question wizard-question--error" : "wizard-question"}
      aria-describedby={describedBy(id, error)}
    >
      <legend>
        <span className="wizard-question__number">{number}.</span> {legend}
      </legend>
      <p id={`wizard-${id}-hint`} className="muted">
        {hint}
      </p>
      {error && (
        <p id={`wizard-${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** One option of a question: `name` is the answer's URL parameter, so the form works without JavaScript. */
export function Choice({
  type,
  name,
  value,
  label,
  checked,
  onChange,
}: {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = `wizard-${name}-${value}`;
  return (
    <label htmlFor={id} className="wizard-option">
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
