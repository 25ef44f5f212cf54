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

  it("answer a negated label yes or no, and a label naming a technology with 'supports'", () => {
    const statements = claims(
      matrix(["|No separate configuration file|✅||✅|", "|PostgreSQL|✅|✅|✅|", "|Dry run|✅|✅|✅|"]),
    );
    expect(statements).toEqual(
      expect.arrayContaining([
        "quillmig: no separate configuration file — yes.",
        "tarnmig: no separate configuration file — no.",
        "tarnmig supports PostgreSQL.",
      ]),
    );
    expect(statements.join(" ")).not.toMatch(/no built-in no |is postgresql/i);
  });

  it("read the support words a migration guide's matrix uses", () => {
    const statements = claims(
      matrix([
        "|Dequeue|Available|*Workaround|Not Possible or N/A|",
        "|Push|Available|Possible|Available|",
        "|Schema evolution|Available|Caveats|Available|",
        "|Acknowledge|*Available|Possiblity|Available|",
        "|Bootstrap requirements|None|Python|None|",
      ]),
    );
    expect(statements).toEqual(
      expect.arrayContaining([
        "quillmig has dequeue built in.",
        "tarnmig has only partial dequeue.",
        "dbtool has no built-in dequeue.",
        "tarnmig has only partial push.",
        "tarnmig has only partial schema evolution.",
        "quillmig has only partial acknowledge.",
        "tarnmig has only partial acknowledge.",
        "quillmig: bootstrap requirements — None.",
      ]),
    );
  });

  it("name a numbered header's things without their numbers, a slash inside a later word kept", () => {
    const text = [
      "# Brokers",
      "",
      "| Method | (1) Apache Kafka | (2) Tarn I/O | (3) RabbitMQ |",
      "| --- | --- | --- | --- |",
      "| Push | Available | Not Possible or N/A | Available |",
      "| Pull | Available | Available | Workaround |",
    ].join("\n");
    const statements = extractClaims(text, new TechResolver([]), { title: "Brokers" }).map((c) => c.statement);
    expect(statements).toEqual(
      expect.arrayContaining(["Tarn I/O has no built-in push.", "Apache Kafka has pull built in."]),
    );
  });

  it("name the technology a row label is among the claim's technologies", () => {
    const doc = parseDocument({
      filename: "README.md",
      bytes: Buffer.from(
        matrix(["|Dry run|✅|✅|❌|", "|Encryption|✅|❌|✅|", "|Schema dumps|✅|❌|✅|", "|PostgreSQL|✅|✅|❌|"]),
      ),
    });
    const about = extractClaims(doc.text, new TechResolver([]), { title: doc.title })
      .filter((c) => c.statement.startsWith("tarnmig"))
      .map((c) => c.technologies);
    expect(about).toEqual(expect.arrayContaining([["tarnmig", "postgresql"], ["tarnmig"]]));
  });
});
