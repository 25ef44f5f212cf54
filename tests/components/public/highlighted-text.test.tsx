// Source pages mark their quotes in the rendered article: tests/lib/public/source-article.test.ts.
import { render, screen } from "@testing-library/react";
import { QuoteInContext } from "@/components/public/QuoteInContext";
import { quoteInContext } from "@/lib/public/segments";

describe("a quote in context", () => {
  it("marks the quote between the words around it, and warns when the source text no longer contains it", () => {
    const text = "Before words. FastAPI served 31,000 requests per second. After words.";
    const quote = "FastAPI served 31,000 requests per second.";
    const { container, rerender } = render(
      <QuoteInContext context={quoteInContext(text, quote, 14, 14 + quote.length)} />,
    );
    expect(container.querySelector("mark")?.textContent).toBe(quote);
    expect(container.textContent).toBe(text);
    rerender(<QuoteInContext context={quoteInContext(text, "Gone.", 0, 5)} />);
    expect(screen.getByText(/source text has changed/)).toBeInTheDocument();
  });
});
