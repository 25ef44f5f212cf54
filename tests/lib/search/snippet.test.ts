import { fts5Expression, parseQuery, searchTerms, tsQueryExpression } from "@/lib/search/query";
import { plainText } from "@/lib/search/plain-text";
import { leadSnippet, snippet, withoutQuotedTitle, withoutTitle } from "@/lib/search/snippet";

const marked = (parts: { text: string; match: boolean }[]) =>
  parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join("");
const groups = (q: string) => parseQuery(q).groups;

describe("reading a query", () => {
  it("keeps only words, folded to lower case without diacritics, each once", () => {
    expect(searchTerms(`"Django" AND title:Café -admin* NEAR(a b) django`)).toEqual([
      "django",
      "and",
      "title",
      "cafe",
      "admin",
      "near",
      "a",
      "b",
    ]);
    expect(searchTerms(`" ' * ( ) : ^ - + ; % _ \\ {} &|!`)).toEqual([]);
    expect(searchTerms("日本語 のテスト")).toEqual(["日本語", "のテスト"]);
  });

  it("caps the number and length of terms", () => {
    expect(searchTerms("a b c d e f g h i j k")).toHaveLength(8);
    expect(searchTerms("x".repeat(500))[0]).toHaveLength(40);
  });

  it("quotes every word for FTS5 and tsquery, prefixes for typed words", () => {
    expect(fts5Expression(groups("django admin"))).toBe('"django"* AND "admin"*');
    expect(tsQueryExpression(groups("django admin"))).toBe("'django':* & 'admin':*");
  });

  it("reads quoted words as an exact phrase: no prefix, so “per” cannot match “person”", () => {
    expect(fts5Expression(groups('"requests per second" django'))).toBe('"requests per second" AND "django"*');
    expect(tsQueryExpression(groups('"requests per second"'))).toBe("('requests' <-> 'per' <-> 'second')");
    // An unclosed quote still makes a phrase, and quotes inside never reach the query language.
    expect(fts5Expression(groups('"per second'))).toBe('"per second"');
  });

  it("searches a metric under all its names, as phrases where they are several words", () => {
    const expression = fts5Expression(groups("throughput django"));
    expect(expression).toContain('"requests per second"');
    expect(expression).toContain('"rps"');
    expect(expression).toContain('"throughput"*');
    expect(expression).toMatch(/^\(.* OR .*\) AND "django"\*$/);
    // The same set whichever name was typed, even a several-word one.
    expect(fts5Expression(groups("requests per second"))).toBe(fts5Expression(groups("throughput")));
    expect(tsQueryExpression(groups("rps"))).toContain("'req/s'");
    expect(fts5Expression(groups("response time"))).toContain('"latency"*');
  });

  it("understands “X vs Y” and “X versus Y”, keeping both sides' words", () => {
    expect(parseQuery("Django vs FastAPI")).toMatchObject({
      versus: ["Django", "FastAPI"],
      terms: ["django", "fastapi"],
    });
    expect(parseQuery("ruby on rails versus laravel").versus).toEqual(["ruby on rails", "laravel"]);
    expect(parseQuery("vs code").versus).toBeNull();
  });
});

describe("snippets", () => {
  it("marks every word a term starts, ignoring case and accents", () => {
    expect(marked(snippet("Django's admin; the Café serves DJANGO fans.", groups("django cafe")))).toBe(
      "[Django]'s admin; the [Café] serves [DJANGO] fans.",
    );
  });

  it("marks a phrase as one span, and the other names of a metric", () => {
    expect(marked(snippet("It served 31,000 requests per second for a person.", groups('"requests per second"')))).toBe(
      "It served 31,000 [requests per second] for a person.",
    );
    expect(marked(snippet("Up to 900 rps, or 1,000 req/s.", groups("throughput")))).toBe(
      "Up to 900 [rps], or 1,000 [req/s].",
    );
    expect(marked(snippet("per person", groups('"per second"')))).toBe("per person");
  });

  it("cuts long text around the first match at word boundaries, with ellipses", () => {
    const text = `${"lorem ipsum ".repeat(60)}FastAPI served 31,000 requests ${"dolor sit ".repeat(60)}`;
    const parts = snippet(text, groups("fastapi"), 120);
    const joined = marked(parts);
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined).toContain("[FastAPI] served 31,000 requests");
    expect(joined.length).toBeLessThan(140);
  });

  it("keeps a quotation's marks balanced where the cut falls inside it (review F9)", () => {
    const text = `“${"lorem ipsum ".repeat(30)}FastAPI served 31,000 requests ${"dolor sit ".repeat(30)}” (Source). After.`;
    const front = marked(snippet(text, groups("fastapi"), 120));
    expect(front.startsWith("“…")).toBe(true);
    expect(front.endsWith("…”")).toBe(true);
    const outside = `${"lorem ipsum ".repeat(30)}FastAPI “served” ${"dolor sit ".repeat(30)}`;
    const plain = marked(snippet(outside, groups("fastapi"), 120));
    expect([plain.startsWith("…"), plain.startsWith("“"), plain.endsWith("…”")]).toEqual([true, false, false]);
  });

  it("ends on a text shorter than a metric's two-word name, ASCII or not (the words are read only as far as asked)", () => {
    expect(marked(snippet("Measures latency.", groups("latency")))).toBe("Measures [latency].");
    expect(marked(snippet("“Slow” · latency", groups("latency")))).toBe("“Slow” · [latency]");
    expect(marked(snippet("Ça répond: latency", groups("latency")))).toBe("Ça répond: [latency]");
  });

  it("marks matches far past the cut's start in a long text, and only those inside the cut", () => {
    const text = `${"filler ".repeat(2000)}Django here, then django again. ${"Django ".repeat(2000)}`;
    const joined = marked(snippet(text, groups("django"), 60));
    expect(joined).toMatch(/^…[\s\S]*\[Django\] here, then \[django\] again\./);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined.length).toBeLessThan(120);
  });

  it("without a match shows the start of the text", () => {
    expect(marked(snippet("Short text.", groups("zzz")))).toBe("Short text.");
  });

  it("shows markdown as plain words: no heading marks, fences, pipes or emphasis", () => {
    const md =
      "## Results\n\n| Framework | req/s |\n|---|---|\n| **FastAPI** | 31,000 |\n\n```python\nprint('x')\n```\n\nSee [the docs](https://x.test) and _more_.";
    const text = plainText(md);
    expect(text).not.toMatch(/[#|*`_]|\]\(|---/);
    expect(text).toContain("Results");
    expect(text).toContain("FastAPI: req/s 31,000.");
    expect(text).toContain("See the docs and more.");
    expect(text).not.toContain("print");
  });

  it("reads a table row by row, each cell after its column's heading (#13, G16: never “Feature · Django · Laravel · Admin UI · ✅”)", () => {
    const text = plainText("| Feature | Django | Laravel |\n|---|---|---|\n| Admin UI | ✅ | ❌ |\n| Auth | ✅ | ✅ |");
    expect(text).toBe("Admin UI: Django ✅; Laravel ❌. Auth: Django ✅; Laravel ✅.");
    // Rows without a heading rule stay cells, still apart (#13, R10: never “Laravel· Admin UI”).
    expect(plainText("|  | a |\n\n|  b  |  |")).toBe("a · b");
  });

  it("drops a quote that says no more than the title, and a snippet left with only its source's name (#13, G16)", () => {
    const title = "Use Django when staff edit records every day.";
    expect(withoutQuotedTitle("“Staff edit records every day” (Admin interfaces compared).", title)).toBe("");
    expect(withoutQuotedTitle("“Staff edit records every day” (Admin interfaces compared). About Admin.", title)).toBe(
      "About Admin.",
    );
    const more = "“Staff edit records every day, and it saved weeks” (A post).";
    expect(withoutQuotedTitle(more, title)).toBe(more);
  });

  it("leaves out a title the result already shows", () => {
    expect(withoutTitle("# Django vs FastAPI\n\nDjango has an admin.", "Django vs FastAPI")).toBe(
      "Django has an admin.",
    );
    expect(withoutTitle("Django vs FastAPI", "Django vs FastAPI")).toBe("");
    expect(withoutTitle("Another text.", "Django vs FastAPI")).toBe("Another text.");
  });
});

describe("a verdict's snippet", () => {
  const lead =
    "Django leads on the checked evidence (3 verified claims for it, 1 against it), with moderate confidence.";
  const note = `Pick Django. ${"Staff use the admin screens every day. ".repeat(8)}Quokka onboarding settles it.`;
  const label = "Editors' note:";

  it("always opens with the evidence's summary, even when the match is deep in the editors' note, which stays labelled", () => {
    const text = marked(leadSnippet({ lead, rest: { label, text: note } }, groups("quokka")));
    expect(text.startsWith(lead)).toBe(true);
    expect(text).toMatch(/^[^…]+ Editors' note: … .*\[Quokka\] onboarding settles it\.$/);
  });

  it("marks a match in the summary, and shows the note's start after it when there is room", () => {
    const text = marked(leadSnippet({ lead, rest: { label, text: "Pick Django." } }, groups("django")));
    expect(text).toBe(
      "[Django] leads on the checked evidence (3 verified claims for it, 1 against it), with moderate confidence. Editors' note: Pick [Django].",
    );
  });

  it("leaves out a note without a match when the summary fills the room, and says more follows", () => {
    const long = `${lead} ${lead}`;
    expect(marked(leadSnippet({ lead: long, rest: { label, text: note } }, groups("confidence")))).toMatch(
      /^Django leads .*\[confidence\]\. …$/,
    );
    expect(marked(leadSnippet({ lead, rest: null }, groups("django")))).toBe(
      marked(snippet(lead, groups("django"), 500)),
    );
  });
});
