import { render, screen, within } from "@testing-library/react";
import { FieldDiff } from "@/components/admin/history/FieldDiff";
import { diffWords } from "@/components/admin/history/text-diff";
import { actionLabel, localDay, localMoment, localMomentsIn } from "@/components/admin/history/when";

describe("the history field diff", () => {
  it("shows an edited sentence word by word: what was removed and what was added", () => {
    const { container } = render(
      <FieldDiff
        changes={{
          statement: {
            before: "Django served 4,200 req/s on one core.",
            after: "Django served 6,000 req/s on one core.",
          },
        }}
        fields={[{ name: "statement", type: "text", label: "Statement" }]}
      />,
    );
    const row = screen.getByRole("rowheader", { name: "Statement" }).closest("tr")!;
    expect(within(row).getByText("4,200").tagName).toBe("DEL");
    expect(within(row).getByText("6,000").tagName).toBe("INS");
    expect(container.querySelector("del")?.textContent).toBe("4,200");
    expect(row.textContent).toContain("Django served");
  });

  it("pretty-prints structured values and says when a value was empty", () => {
    render(<FieldDiff changes={{ conditions: { before: null, after: { workers: 4, db: "postgres" } } }} />);
    expect(screen.getByText("(empty)")).toBeInTheDocument();
    const pre = document.querySelector("pre")!;
    expect(pre.textContent).toBe(JSON.stringify({ workers: 4, db: "postgres" }, null, 2));
  });

  it("shows a JSON field with a form as its rows read on the record's page, never as JSON; an empty one as empty", () => {
    const conditions = {
      name: "conditions",
      type: "json" as const,
      label: "Conditions",
      form: {
        kind: "keyValues" as const,
        key: { type: "string" as const, label: "Condition" },
        value: { type: "scalar" as const, label: "Value" },
      },
    };
    render(
      <FieldDiff changes={{ conditions: { before: {}, after: { workers: 4, tls: true } } }} fields={[conditions]} />,
    );
    const row = screen.getByRole("rowheader", { name: "Conditions" }).closest("tr")!;
    expect(within(row).getByText("(empty)")).toBeInTheDocument();
    expect(
      within(row)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["workers: 4", "tls: Yes"]);
    expect(row.textContent).not.toMatch(/[{}"]/);
  });

  it("shows referenced records through the given renderer instead of bare ids", () => {
    render(
      <FieldDiff
        changes={{ technologyIds: { before: ["t1"], after: ["t1", "t2"] } }}
        fields={[
          {
            name: "technologyIds",
            type: "references",
            reference: "technologies",
            relation: "technologies",
            label: "Technologies",
          },
        ]}
        renderReference={(resource, ids) =>
          `${resource}: ${ids.map((id) => (id === "t1" ? "Django" : "FastAPI")).join(", ")}`
        }
      />,
    );
    expect(screen.getByText("technologies: Django")).toBeInTheDocument();
    expect(screen.getByText("technologies: Django, FastAPI")).toBeInTheDocument();
  });

  it("shows a choice by its label on each side, never the two values run together", () => {
    render(
      <FieldDiff
        changes={{
          status: { before: "CANDIDATE", after: "IN_REVIEW" },
          reviewedAt: { before: null, after: "2026-12-03T20:40:25.000Z" },
          active: { before: true, after: false },
        }}
        fields={[
          { name: "status", type: "enum", choices: ["CANDIDATE", "IN_REVIEW"], label: "Status" },
          { name: "reviewedAt", type: "datetime", label: "Reviewed at" },
          { name: "active", type: "boolean", label: "Active" },
        ]}
      />,
    );
    const status = screen.getByRole("rowheader", { name: "Status" }).closest("tr")!;
    expect(Array.from(status.querySelectorAll("td")).map((td) => td.textContent)).toEqual(["Candidate", "In review"]);
    const reviewed = screen.getByRole("rowheader", { name: "Reviewed at" }).closest("tr")!;
    expect(reviewed.querySelectorAll("td")[1].textContent).toMatch(/^\d{1,2} Dec 2026, \d{2}:\d{2}$/);
    const active = screen.getByRole("rowheader", { name: "Active" }).closest("tr")!;
    expect(Array.from(active.querySelectorAll("td")).map((td) => td.textContent)).toEqual(["Yes", "No"]);
  });

  it("writes moments as the site does, in the reader's zone, also inside the server's sentences", () => {
    expect(localMoment("2026-12-03T20:40:25.000Z", "UTC")).toBe("3 Dec 2026, 20:40");
    expect(localMoment("2026-12-03T20:40:25.000Z", "Asia/Tokyo")).toBe("4 Dec 2026, 05:40");
    expect(localDay("2026-03-02T00:00:00.000Z")).toBe("2 Mar 2026");
    expect(localMomentsIn("Restored the version of 2026-12-03T20:40:25.000Z", "UTC")).toBe(
      "Restored the version of 3 Dec 2026, 20:40",
    );
    expect(actionLabel("REVERT")).toBe("Restored an earlier version");
  });

  it("says so when a revision changed no field", () => {
    render(<FieldDiff changes={{}} />);
    expect(screen.getByText("No field changed.")).toBeInTheDocument();
  });

  it("diffs words and keeps the text intact on both sides", () => {
    const parts = diffWords("a b c", "a x c")!;
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("a b c");
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("a x c");
  });
});
