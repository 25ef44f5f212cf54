// The wizard's one question component (review 5, D1): every question is a fieldset described by its
// hint and, when there is one, its error; every option a labelled input whose name is the answer's
// URL parameter. The three questions of WizardForm are this markup and nothing else.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Choice, Question } from "@/components/public/wizard/Question";

describe("a wizard question", () => {
  it("is a fieldset named by its legend, described by its hint and its error, with labelled options", async () => {
    const chosen: boolean[] = [];
    render(
      <Question
        id="skills"
        number={2}
        legend="Which language?"
        hint="Familiar tools ship sooner."
        error="Answer this question."
      >
        <Choice type="radio" name="skills" value="php" label="PHP" checked={false} onChange={(c) => chosen.push(c)} />
      </Question>,
    );
    const group = screen.getByRole("group", { name: "2. Which language?" });
    expect(group).toHaveAttribute("aria-describedby", "wizard-skills-hint wizard-skills-error");
    expect(group).toHaveClass("wizard-question--error");
    const php = within(group).getByRole("radio", { name: "PHP" });
    expect(php).toHaveAttribute("name", "skills");
    expect(php).toHaveAttribute("value", "php");
    await userEvent.click(php);
    expect(chosen).toEqual([true]);
  });

  it("is the only question markup in the wizard's form", () => {
    const form = readFileSync(path.join(__dirname, "../../../components/public/wizard/WizardForm.tsx"), "utf8");
    expect(form).not.toMatch(/<fieldset|<legend|<label|<input/);
    expect(form.match(/<Question\b/g)).toHaveLength(3);
  });
});
