import { searchTerms, fts5Expression, tsQueryExpression } from "@/lib/search/query";
import { snippet } from "@/lib/search/snippet";

const marked = (parts: { text: string; match: boolean }[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join("");

describe("search terms", () => {
  it("keeps only words, folded to lower case without diacritics, each once", () => {
    expect(searchTerms(`"Django" AND title:Café -admin* NEAR(a b) django`)).toEqual(["django", "and", "title", "cafe", "admin", "near", "a", "b"]);
    expect(searchTerms(`" ' * ( ) : ^ - + ; % _ \\ {} &|!`)).toEqual([]);
    expect(searchTerms("日本語 のテスト")).toEqual(["日本語", "のテスト"]);
  });

  it("caps the number and length of terms", () => {
    expect(searchTerms("a b c d e f g h i j k")).toHaveLength(8);
    expect(searchTerms("x".repeat(500))[0]).toHaveLength(40);
  });

  it("quotes every term for FTS5 and tsquery", () => {
    expect(fts5Expression(["django", "admin"])).toBe('"django"* "admin"*');
    expect(tsQueryExpression(["django", "admin"])).toBe("'django':* & 'admin':*");
  });
});

describe("snippets", () => {
  it("marks every word a term starts, ignoring case and accents", () => {
    expect(marked(snippet("Django's admin; the Café serves DJANGO fans.", ["django", "cafe"]))).toBe("[Django]'s admin; the [Café] serves [DJANGO] fans.");
  });

  it("cuts long text around the first match at word boundaries, with ellipses", () => {
    const text = `${"lorem ipsum ".repeat(60)}FastAPI served 31,000 requests ${"dolor sit ".repeat(60)}`;
    const parts = snippet(text, ["fastapi"], 120);
    const joined = marked(parts);
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined).toContain("[FastAPI] served 31,000 requests");
    expect(joined.length).toBeLessThan(140);
    expect(joined).not.toMatch(/…\S*m\b(?<!lorem)/);
  });

  it("without a match shows the start of the text", () => {
    expect(marked(snippet("Short text.", ["zzz"]))).toBe("Short text.");
  });
});
