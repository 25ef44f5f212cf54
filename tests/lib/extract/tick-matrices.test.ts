/** @jest-environment node */
// A README's feature matrix as GitHub shows it: ":white_check_mark:" is a tick, a blank in a ticks-only matrix is
// "no", and a row label may be a long description of the attribute. Our own writing; the tools are made up.
import { extractClaims, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { emojiShortcodesAsEmoji } from "@/lib/import/emoji-shortcodes";

const claims = (markdown: string) => {
  const doc = parseDocument({ filename: "README.md", bytes: Buffer.from(markdown) });
  return extractClaims(doc.text, new TechResolver([]), { title: doc.title }).map((c) => c.statement);
};

const matrix = (rows: string[]) =>
  ["# migrators", "", "| | quillmig | tarnmig | dbtool |", "| --- |:---:|:---:|:---:|", ...rows].join("\n");

describe("tick matrices", () => {
  it("read GitHub's shortcodes as the marks GitHub shows, never inside code", () => {
    expect(emojiShortcodesAsEmoji(["| a | :white_check_mark: | :x: | :+1: |", "`:x:` and :unknown: stay"])).toEqual([
      "| a | ✅ | ❌ | 👍 |",
      "`:x:` and :unknown: stay",
    ]);
    expect(emojiShortcodesAsEmoji(["```", ":x:", "```"])).toEqual(["```", ":x:", "```"]);
  });

  it("read a blank as 'no' where the matrix only ever ticks, and a long row label as the attribute", () => {
    const statements = claims(
      matrix([
        "| **Features** ||||",
        "|Plain SQL migration files|:white_check_mark:|:white_check_mark:|:white_check_mark:|",
        "|Database connection string loaded from environment variables|||:white_check_mark:|",
        "|Timestamp-versioned files|:white_check_mark:||:white_check_mark:|",
      ]),
    );
    expect(statements).toEqual(
      expect.arrayContaining([
        "quillmig has plain SQL migration files built in.",
        "tarnmig has no built-in timestamp-versioned files.",
        "dbtool has database connection string loaded from environment variables built in.",
        "quillmig has no built-in database connection string loaded from environment variables.",
      ]),
    );
    expect(statements.join(" ")).not.toMatch(/features built in|no built-in features/i);
  });

  it("leave blanks unread where the matrix says 'no' itself", () => {
    const statements = claims(
      matrix(["|Plain SQL migration files|✅|❌|✅|", "|Dry run|✅||✅|", "|Timestamp-versioned files|✅|✅|❌|"]),
    );
    expect(statements).toContain("tarnmig has no built-in plain SQL migration files.");
    expect(statements.join(" ")).not.toMatch(/tarnmig has no built-in dry run/i);
  });

  it("read a mark as its legend says, under the table or as a note opening with it", () => {
    const statements = claims(
      matrix([
        "|Dry run|✅|⁉️|✅|",
        "|Encryption|✅|❌|✴️|",
        "",
        "✅ Supported, ⁉️ Possible with significant manual effort, ❌ Not supported",
        "",
        "> ✴️ In theory this works with other languages, but a build environment is required.",
      ]),
    );
    expect(statements).toEqual(
      expect.arrayContaining(["tarnmig has only partial dry run.", "dbtool has only partial encryption."]),
    );
  });

  it("keep a mark's own meaning where a note explains its caveat", () => {
    const statements = claims(
      matrix([
        "|Metrics|✅|⚠|✅|",
        "|Logs|✅|✅|✅|",
        "|Traces|✅||✅|",
        "",
        "⚠ = Not interoperable, kept as structured logs",
      ]),
    );
    expect(statements).toContain("tarnmig has only partial metrics.");
    expect(statements).toContain("tarnmig has no built-in traces.");
  });
});
