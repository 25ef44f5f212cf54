/** @jest-environment node */
// Title, author and date as the article states them, in every shape a copied page, a markdown file, a
// bookmark or an HTML page gives them; and the text stored once, as paragraphs. All examples are ours.
import { parseDocument } from "@/lib/import";
import { findDate, parseDateValue } from "@/lib/import/dates";

const parse = (text: string, filename?: string) => parseDocument({ text, filename });
const lines = (...ls: string[]) => ls.join("\n");
const PROSE =
  "Both frameworks answer the same question in different ways, and the differences show up once the project grows past its first year.";

describe("dates as pages print them", () => {
  it.each([
    ["2025-03-06", "2025-03-06"],
    ["March 6, 2025", "2025-03-06"],
    ["6 Mar 2025", "2025-03-06"],
    ["Mar 6th 2025", "2025-03-06"],
    ["Thu 6 March 2025", "2025-03-06"],
    ["Published on Sept. 6, 2025", "2025-09-06"],
    ["25/03/2025", "2025-03-25"],
    ["03/25/2025", "2025-03-25"],
    ["ReleasesJun 15, 2026·7 min read", "2026-06-15"],
    ["Friday, June 5, 2026Ada Moreau", "2026-06-05"],
    ["Created: 20-Jun-2018", "2018-06-20"],
  ])("reads %s", (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each(["06/03/2025", "March 2025", "version 2025.1", "Feb 30, 2025", "2025"])(
    "does not guess a day from %s",
    (text) => {
      expect(findDate(text)).toBeNull();
    },
  );

  it("reads metadata values with a time attached", () => {
    expect(parseDateValue("2024-11-02T08:15:00+01:00")).toBe("2024-11-02");
    expect(parseDateValue("not a date")).toBeNull();
  });
});

describe("the header of a copied page", () => {
  it("takes the title above the date line, not the site name above it", () => {
    const doc = parse(
      lines("Notes From The Shed", "", "Redis or Memcached for a Session Store", "", "14 Feb 2025", "", PROSE),
    );
    expect(doc.title).toBe("Redis or Memcached for a Session Store");
    expect(doc.publishedAt).toBe("2025-02-14");
    expect(doc.text).not.toContain("14 Feb 2025");
  });

  it("reads a 'By' byline and a 'name · date' byline", () => {
    expect(parse(lines("Why We Left MongoDB", "By Ada Moreau", "", PROSE)).author).toBe("Ada Moreau");
    const doc = parse(lines("Why We Left MongoDB", "Ada Moreau · Mar 6, 2025", "", PROSE));
    expect([doc.author, doc.publishedAt]).toEqual(["Ada Moreau", "2025-03-06"]);
  });

  it("reads a date run into the category and the read time, and a read time after a category", () => {
    const doc = parse(
      lines(
        "Skip to main content",
        "← All articles",
        "Caching Layers Compared",
        "PerformanceJun 15, 2026·7 min read",
        "",
        PROSE,
      ),
    );
    expect([doc.title, doc.publishedAt, doc.readTime]).toEqual(["Caching Layers Compared", "2026-06-15", "7 min read"]);
    expect(parse(lines("Caching Layers Compared", "Databases 7 min read", "", PROSE)).readTime).toBe("7 min read");
  });

  it("reads an author under their initials, after 'Posted by', or beside the date line", () => {
    expect(parse(lines("Caching Layers Compared", "", "TK", "Tomas Keller", "5 min read", "", PROSE)).author).toBe(
      "Tomas Keller",
    );
    expect(
      parse(lines("Caching Layers Compared", "Posted by", "  • Tomas Keller", "  Tomas Keller", "", PROSE)).author,
    ).toBe("Tomas Keller");
    const doc = parse(lines("Caching Layers Compared", "", "Tomas Keller", "October 2, 2024 | 9 min read", "", PROSE));
    expect([doc.author, doc.publishedAt]).toEqual(["Tomas Keller", "2024-10-02"]);
    expect(doc.text).not.toMatch(/Tomas Keller|9 min read/);
  });

  it("reads bylines with a role, a read time, two names, a particle or the date after the name", () => {
    const by = (line: string) => parse(lines("Why We Left MongoDB", line, "", PROSE));
    expect(by("By Ada Moreau, Staff Engineer").author).toBe("Ada Moreau");
    expect(by("by Ada Moreau · 6 min read").author).toBe("Ada Moreau");
    expect(by("By Ada Moreau and Li Wei").author).toBe("Ada Moreau and Li Wei");
    // Several authors, each with a role and an employer after "Authors:", in markdown's bold or not.
    expect(by("**Authors**: Ada Moreau, Staff Engineer, Acme and Li Wei, Developer Advocate, Initech").author).toBe(
      "Ada Moreau and Li Wei",
    );
    expect(by("Authors: Ada Moreau, Acme; Li Wei, Initech; Jan van der Berg, Globex").author).toBe(
      "Ada Moreau, Li Wei, Jan van der Berg",
    );
    expect(by("By Jan van der Berg").author).toBe("Jan van der Berg");
    expect(by("By Ada").author).toBe("Ada");
    const doc = by("Written by Ada Moreau on March 6, 2025");
    expect([doc.author, doc.publishedAt]).toEqual(["Ada Moreau", "2025-03-06"]);
    expect(by("March 6, 2025 by Ada Moreau").author).toBe("Ada Moreau");
  });

  it("prefers the publication date to an update's, and does not take a sentence of the article as a dateline", () => {
    expect(
      parse(lines("Why We Left MongoDB", "Updated: April 2, 2025", "Published: March 6, 2025", "", PROSE)).publishedAt,
    ).toBe("2025-03-06");
    const doc = parse(lines("Why We Left MongoDB", "", "Version 7 shipped on May 3, 2024.", PROSE));
    expect(doc.publishedAt).toBeNull();
    expect(doc.text).toContain("Version 7 shipped on May 3, 2024.");
  });

  it("invents no author or date where the page gives none", () => {
    const doc = parse(lines("Caching Layers Compared", "", "Test Setup", PROSE));
    expect([doc.author, doc.publishedAt]).toEqual([null, null]);
  });

  it("never takes a title from a code block, a badge row, a tag run or a pasted shell comment", () => {
    const readme = lines(
      "[![CI](https://ci.example.com/badge.svg)](https://ci.example.com)",
      "",
      "```sh",
      "# install",
      "```",
      "",
      "# quickgrep",
      "",
      PROSE,
    );
    expect(parse(readme, "README.md").title).toBe("quickgrep");
    const page = lines(
      "Containers Without a Daemon",
      PROSE,
      "",
      "# Docker's process model:",
      "# User CLI ── daemon ── runtime",
      "ps aux",
    );
    expect(parse(page, "page.txt").title).toBe("Containers Without a Daemon");
    expect(parse(lines("CachingRedisMemcached", "Caching Layers Compared", "March 6, 2025", PROSE)).title).toBe(
      "Caching Layers Compared",
    );
  });

  it("skips a category path and a category line between the title and the date", () => {
    const doc = parse(
      lines("Blog / Engineering / Databases", "Caching Layers Compared", "Databases", "March 6, 2025", "", PROSE),
    );
    expect([doc.title, doc.publishedAt]).toEqual(["Caching Layers Compared", "2025-03-06"]);
    expect(doc.text).not.toContain("Blog / Engineering");
  });

  it("reads the text of an inline HTML heading at the top of a README", () => {
    expect(
      parse(
        lines('<h1 align="center">quickgrep</h1>', '<p align="center"><img src="logo.png"></p>', "", PROSE),
        "README.md",
      ).title,
    ).toBe("quickgrep");
  });

  it("takes a docs page's title from its front matter's `name` when it has no `title`", () => {
    const doc = parse(lines("---", "name: Move from Yarn to pnpm", "---", "", PROSE), "move.md");
    expect(doc.title).toBe("Move from Yarn to pnpm");
    const both = parse(lines("---", "title: The title", "name: the-page", "---", "", PROSE), "both.md");
    expect(both.title).toBe("The title");
  });

  it("reads a setext heading as the title", () => {
    expect(parse(lines("quickgrep (qg)", "--------------", PROSE), "README.md").title).toBe("quickgrep (qg)");
  });

  it("keeps a table written without outer pipes as rows, not one soft-wrapped paragraph", () => {
    const doc = parse(
      lines("# Load", "", "Measures | Quill | Tarn", "|---|---|---|", "**p95** | 12 ms | 15 ms", "", PROSE),
      "a.md",
    );
    expect(doc.text).toContain("| Measures | Quill | Tarn |\n| p95 | 12 ms | 15 ms |");
  });

  it("takes the heading over the first paragraph, not the line above a date further down", () => {
    const doc = parse(
      lines(
        "# Recursive Sums in Nine Languages",
        "",
        PROSE,
        "",
        "You can run it yourself: `make bench`",
        "",
        "Last run on June 21, 2020",
        "",
        PROSE,
      ),
      "README.md",
    );
    expect([doc.title, doc.publishedAt]).toEqual(["Recursive Sums in Nine Languages", "2020-06-21"]);
  });

  it("reads a PEP's header fields as its title, authors and date, and leaves them out of the text", () => {
    const pep = lines(
      "PEP: 9123",
      "Title: Moving the Tracker to Quillhub",
      "Author: Jane Doe <jane@example.org>,",
      "        Sam Roe <sam@example.org>",
      "Status: Draft",
      "Created: 20-Jun-2018",
      "",
      "",
      "Abstract",
      "========",
      "",
      PROSE,
    );
    const doc = parse(pep, "pep-9123.rst");
    expect([doc.title, doc.author, doc.publishedAt]).toEqual([
      "Moving the Tracker to Quillhub",
      "Jane Doe and Sam Roe",
      "2018-06-20",
    ]);
    expect(doc.text).not.toContain("Status: Draft");
    expect(doc.text).toMatch(/^# Abstract/);
  });

  it("keeps a later setext heading a heading, not a dropped table rule", () => {
    const doc = parse(lines("Guide", "=====", "", PROSE, "", "", "quillparse", "----------", "", PROSE), "README.md");
    expect(doc.text).toMatch(/\n## quillparse(?:\n|$)/);
  });
});

describe("bookmark exports", () => {
  const bookmark = (body: string) =>
    lines(
      "---",
      "title: Queues Without Tears",
      "url: https://queues.example.com/post",
      "date: '2025-02-11T19:38:51Z'",
      "creator_ref:",
      "  name: saver42",
      "---",
      "",
      "# Queues Without Tears",
      "",
      body,
      "",
      "**Notes:**",
      "Worth a read.",
    );

  it("takes the date and author from the saved article's byline, never the save date or the saver", () => {
    const doc = parseDocument({
      filename: "b.md",
      text: bookmark(lines("Lena Ortiz", "October 1, 2019 | 8 min read", "", PROSE)),
    });
    expect([doc.title, doc.author, doc.publishedAt, doc.noteAuthor]).toEqual([
      "Queues Without Tears",
      "Lena Ortiz",
      "2019-10-01",
      "saver42",
    ]);
  });

  it("has no publication date when the saved article states none", () => {
    const doc = parseDocument({ filename: "b.md", text: bookmark(PROSE) });
    expect([doc.author, doc.publishedAt]).toEqual([null, null]);
  });
});

describe("HTML metadata", () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`;

  it("finds an author given only in JSON-LD, with its headline and date", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Shed" },
        {
          "@type": "BlogPosting",
          headline: "Queues Without Tears",
          datePublished: "2024-05-07T10:00:00Z",
          author: [{ "@type": "Person", name: "Lena Ortiz" }],
        },
      ],
    });
    const doc = parse(page(`<title>Shed</title><script type="application/ld+json">${ld}</script>`, `<p>${PROSE}</p>`));
    expect([doc.title, doc.author, doc.publishedAt]).toEqual(["Queues Without Tears", "Lena Ortiz", "2024-05-07"]);
  });

  it("prefers the article's heading to a site-wide og:title, and drops the site name from <title>", () => {
    expect(
      parse(page('<meta property="og:title" content="shed">', `<h1>Queues Without Tears</h1><p>${PROSE}</p>`)).title,
    ).toBe("Queues Without Tears");
    expect(parse(page("<title>Queues Without Tears | The Shed</title>", `<p>${PROSE}</p>`)).title).toBe(
      "Queues Without Tears",
    );
  });

  it("reads the author and date of front matter and of a Nuxt document given as objects or lists", () => {
    const doc = parse(
      lines("---", "title: Queues", "authors:", "  - name: Lena Ortiz", "pubDate: 2024-05-07", "---", "", PROSE),
      "q.md",
    );
    expect([doc.author, doc.publishedAt]).toEqual(["Lena Ortiz", "2024-05-07"]);
  });

  it("reads Hugo's TOML front matter between +++ lines (title, author, date), never its keys as the title", () => {
    const doc = parse(
      lines(
        "+++",
        'author = "Lena Ortiz"',
        'title = "Queues Without Tears"',
        "date = 2024-05-07",
        'tags = ["queues", "redis"]',
        "+++",
        "",
        PROSE,
      ),
      "q.md",
    );
    expect([doc.title, doc.author, doc.publishedAt]).toEqual(["Queues Without Tears", "Lena Ortiz", "2024-05-07"]);
    expect(doc.text).not.toContain("tags =");
    const broken = parse(lines("+++", "title = [unclosed", "+++", "", PROSE), "q.md");
    expect(broken.warnings.join(" ")).toMatch(/TOML front matter could not be read/);
  });

  it("reads meta name=date, a <time> whose text is the date, and a date line under the heading", () => {
    expect(parse(page('<meta name="date" content="2023-06-15">', `<p>${PROSE}</p>`)).publishedAt).toBe("2023-06-15");
    expect(parse(page("", `<time datetime="{{ date }}">Thu 15 June 2023</time><p>${PROSE}</p>`)).publishedAt).toBe(
      "2023-06-15",
    );
    expect(
      parse(page("", `<h1>Queues</h1><p>Last measured on: Oct 5, 2021, 2:45 AM (updated daily).</p><p>${PROSE}</p>`))
        .publishedAt,
    ).toBe("2021-10-05");
  });

  it("keeps a comment section apart from the article", () => {
    const doc = parse(
      page(
        "",
        `<article><p>${PROSE}</p><section id="comments"><ol><li>Redis is always faster, full stop.</li><li>Memcached won for us.</li></ol></section></article>`,
      ),
    );
    expect(doc.text).not.toMatch(/always faster|won for us/);
    expect(doc.comments.map((c) => c.text)).toEqual(["Redis is always faster, full stop.", "Memcached won for us."]);
  });
});

describe("text stored once, in every format", () => {
  const TEASER = "Redis keeps sessions in memory and Memcached does too, but only one of them survives a restart";
  it.each([["page.txt"], ["page.md"]])(
    "drops a repeated title, a teaser the body repeats, and repeated alt text (%s)",
    (filename) => {
      const doc = parse(
        lines(
          "Queues Without Tears",
          TEASER,
          "",
          "# Queues Without Tears",
          "",
          `${TEASER} with its data intact.`,
          "Chart of p99 latency in ms Chart of p99 latency in ms Chart of p99 latency in ms",
          "",
          "Figure: hit rate by key size",
          "",
          "Figure: hit rate by key size",
          "",
          PROSE,
        ),
        filename,
      );
      expect(doc.text.match(/hit rate by key size/g)).toHaveLength(1);
      expect(doc.text.match(/Queues Without Tears/g)).toHaveLength(1);
      expect(doc.text.match(/only one of them survives/g)).toHaveLength(1);
      expect(doc.text).toContain(`${TEASER} with its data intact.`);
      expect(doc.text.match(/Chart of p99/g)).toHaveLength(1);
    },
  );

  it("stores an article rendered twice once, when read as plain text", () => {
    const article = lines(
      "Queues Without Tears",
      PROSE,
      "- Redis: persistence with AOF",
      "Memcached has no persistence at all.",
    );
    const doc = parse(lines(article, "", article), "copy.txt");
    expect(doc.text.match(/no persistence at all/g)).toHaveLength(1);
    expect(doc.warnings.join(" ")).toMatch(/appeared twice/);
  });
});

describe("hard-wrapped prose", () => {
  it("joins a sentence cut at a line end, and keeps list items, table rows, headings and code as lines", () => {
    const text = lines(
      "Redis Versus Memcached",
      "",
      "We measured both caches on the same machine and found that Redis",
      "was slower on small keys, but only by a few percent, and the",
      "difference vanished once values grew past one kilobyte.",
      "",
      "## Results",
      "- Redis: 91k ops/s",
      "- Memcached: 96k ops/s",
      "| cache | ops/s |",
      "```",
      "redis-benchmark -t get",
      "lower case line in code",
      "```",
    );
    const doc = parse(text, "notes.txt");
    expect(doc.text).toContain(
      "found that Redis was slower on small keys, but only by a few percent, and the difference vanished once values grew past one kilobyte.",
    );
    expect(doc.text).toContain("## Results\n- Redis: 91k ops/s\n- Memcached: 96k ops/s\n| cache | ops/s |");
    expect(doc.text).toContain("redis-benchmark -t get\nlower case line in code");
  });

  it("does not join a short label line to the line under it", () => {
    expect(
      parse(
        lines("Redis Versus Memcached", "", "Tools compared", "redis-server 7.2 and memcached 1.6 on one host."),
        "n.txt",
      ).text,
    ).toContain("Tools compared\nredis-server");
  });

  it("joins a short list item to the lower-case lines that continue it, not to the next item", () => {
    const text = lines(
      "# Hosting notes",
      "",
      "Cons:",
      "",
      "- [Its databases are not",
      "  managed](https://example.com/docs),",
      "  which means extra monitoring work.",
      "- Builds are slow.",
      "- fast deploys",
    );
    expect(parse(text, "notes.md").text).toContain(
      "- [Its databases are not managed](https://example.com/docs), which means extra monitoring work.\n- Builds are slow.\n- fast deploys",
    );
  });
});

describe("other people's words kept apart", () => {
  it("keeps reactions and a reader's reply out of a social post", () => {
    const post = `After two years on Memcached we moved sessions to Redis → persistence → fewer logouts after deploys → one less service to explain to new hires, and honestly the migration took an afternoon, which surprised everyone on the team more than the latency numbers did. #redis #caching`;
    const doc = parse(lines(post, "Insightful", "👍", "Memcached is still faster for us."), "post.txt");
    expect(doc.format).toBe("SOCIAL_POST");
    expect(doc.text).not.toContain("still faster for us");
    expect(doc.comments.map((c) => c.text)).toEqual(["Memcached is still faster for us."]);
  });
});

describe("a static site's front matter", () => {
  it("reads an author kept under Hugo's params", () => {
    const doc = parse(
      lines(
        "---",
        "title: Proxies, measured again",
        "date: 2024-02-01",
        "params:",
        "  author: rosa",
        "  showCover: true",
        "---",
        "",
        PROSE,
      ),
      "index.md",
    );
    expect([doc.title, doc.author, doc.publishedAt]).toEqual(["Proxies, measured again", "rosa", "2024-02-01"]);
  });
});
