import { render, screen } from "@testing-library/react";
import { HighlightedText } from "@/components/public/HighlightedText";
import { QuoteInContext } from "@/components/public/QuoteInContext";
import { highlightSegments, quoteInContext } from "@/lib/public/segments";

describe("source text highlights", () => {
  it("links each quoted span to its claim and offers every other claim quoting the same words", () => {
    const text = "Django has a built-in admin. Flask is small.";
    const segments = highlightSegments(text, [
      { start: 0, end: 28, target: "django-admin" },
      { start: 0, end: 6, target: "django-exists" },
    ]);
    const { container } = render(<HighlightedText segments={segments} statements={{ "django-admin": "Django has an admin.", "django-exists": "Django exists." }} />);
    expect(container.textContent).toBe("Django[2] has a built-in admin. Flask is small.");
    const links = screen.getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/claims/django-admin", "/claims/django-exists", "/claims/django-admin"]);
    expect(screen.getByRole("link", { name: "[2] also cited by: Django exists." })).toBeInTheDocument();
    expect(container.querySelectorAll("mark")).toHaveLength(2);
  });
});

describe("a quote in context", () => {
  it("marks the quote between the words around it, and warns when the source text no longer contains it", () => {
    const text = "Before words. FastAPI served 31,000 requests per second. After words.";
    const quote = "FastAPI served 31,000 requests per second.";
    const { container, rerender } = render(<QuoteInContext context={quoteInContext(text, quote, 14, 14 + quote.length)} />);
    expect(container.querySelector("mark")?.textContent).toBe(quote);
    expect(container.textContent).toBe(text);
    rerender(<QuoteInContext context={quoteInContext(text, "Gone.", 0, 5)} />);
    expect(screen.getByText(/source text has changed/)).toBeInTheDocument();
  });
});
