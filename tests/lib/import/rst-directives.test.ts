/** @jest-environment node */
// reStructuredText's directives that carry the article (list-table, csv-table, table, notes, tabs), literal blocks,
// inline markup and the bibliographic fields at the head. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { rstAsMarkdown } from "@/lib/import/rst";

const QUEUES = `Choosing a queue for the ingest service
=======================================

:Author: Priya Raman
:Date: 2024-03-11

We compared RabbitMQ and NATS for the ingest path.

.. note::

   NATS does not support message priorities, which the billing queue needs.

.. list-table:: Throughput on 4 vCPU, 1 KB messages
   :header-rows: 1
   :widths: 30 20 20

   * - Broker
     - Messages per second
     - p99 latency (ms)
   * - RabbitMQ
     - 48,000
     - 12
   * - NATS
     - 310,000
     - 3

.. csv-table:: Feature support
   :header: "Feature", "RabbitMQ", "NATS"
   :widths: 30, 10, 10

   "Message priorities", "Yes", "No"
   "Dead-letter queues, per queue", "Yes", "Partial"

.. table:: Memory at rest

   =========  ===========
   Broker     Memory (MB)
   =========  ===========
   RabbitMQ   140
   NATS       18
   =========  ===========

.. image:: chart.png
   :alt: a chart

.. toctree::

   setup
`;

const rows = (text: string): string[] => rstAsMarkdown(text.split("\n")).filter((l) => l.startsWith("|"));
const figures = (text: string, filename = "queues.rst") => {
  const doc = parseDocument({ filename, text });
  return extractDocument(doc.text, new TechResolver([]), { title: doc.title })
    .claims.filter((c) => c.kind === "performance")
    .map((c) => [c.technologies[0], c.value, c.unit]);
};

describe("reStructuredText directives that hold the article", () => {
  it("reads a list-table's and a csv-table's rows under their header, a quoted cell's comma kept in it", () => {
    expect(rows(QUEUES)).toEqual([
      "| Broker | Messages per second | p99 latency (ms) |",
      "| --- | --- | --- |",
      "| RabbitMQ | 48,000 | 12 |",
      "| NATS | 310,000 | 3 |",
      "| Feature | RabbitMQ | NATS |",
      "| --- | --- | --- |",
      "| Message priorities | Yes | No |",
      "| Dead-letter queues, per queue | Yes | Partial |",
      "| Broker | Memory (MB) |",
      "| --- | --- |",
      "| RabbitMQ | 140 |",
      "| NATS | 18 |",
    ]);
  });

  it("gives each table's figures to each broker, and keeps a note's sentence and a table's caption", () => {
    expect(figures(QUEUES)).toEqual([
      ["rabbitmq", 48000, "msg/s"],
      ["rabbitmq", 12, "ms"],
      ["nats", 310000, "msg/s"],
      ["nats", 3, "ms"],
      ["rabbitmq", 140, "MB"],
      ["nats", 18, "MB"],
    ]);
    const doc = parseDocument({ filename: "queues.rst", text: QUEUES });
    expect(doc.text).toContain("NATS does not support message priorities");
    expect(doc.text).toContain("Memory at rest");
    expect(doc.text).not.toMatch(/chart\.png|toctree|:widths:|:header-rows:/);
  });

  it("reads who wrote it and when from the fields at the head, not as text", () => {
    const doc = parseDocument({ filename: "queues.rst", text: QUEUES });
    expect([doc.title, doc.author, doc.publishedAt]).toEqual([
      "Choosing a queue for the ingest service",
      "Priya Raman",
      "2024-03-11",
    ]);
    expect(doc.text).not.toContain(":Author:");
  });

  it("reads a blog generator's metadata comments as title, author and date", () => {
    const text = `.. title: Why we left MongoDB\n.. slug: left-mongo\n.. date: 2019-03-10 12:00:00 UTC+01:00\n.. author: Sam Lee\n\nWe moved the orders service to PostgreSQL.\n`;
    const doc = parseDocument({ filename: "left-mongo.rst", text });
    expect([doc.title, doc.author, doc.publishedAt]).toEqual(["Why we left MongoDB", "Sam Lee", "2019-03-10"]);
    expect(doc.text.trim()).toBe("We moved the orders service to PostgreSQL.");
  });

  it("reads a list-table without a header row, its cells over several lines, first row as the header", () => {
    const text = `.. list-table::\n\n   * - Server\n     - Requests per second\n   * - Caddy\n     - 21,000 with\n       HTTP/2\n   * - nginx\n     - 24,500\n`;
    expect(rows(text)).toEqual([
      "| Server | Requests per second |",
      "| --- | --- |",
      "| Caddy | 21,000 with HTTP/2 |",
      "| nginx | 24,500 |",
    ]);
  });

  it("keeps a tab's and an admonition's title as a heading over their content", () => {
    const text = `.. tabs::\n\n   .. tab:: Go\n\n      The Go client supports connection pooling.\n\n   .. tab:: Python\n\n      The Python client does not support pipelining.\n\n.. admonition:: Our pick\n\n   Use the Go client for the gateway.\n`;
    const lines = rstAsMarkdown(text.split("\n")).filter((l) => l.trim());
    expect(lines).toEqual([
      "#### Go",
      "The Go client supports connection pooling.",
      "#### Python",
      "The Python client does not support pipelining.",
      "#### Our pick",
      "Use the Go client for the gateway.",
    ]);
  });

  it("fences a literal block after a paragraph closing on '::' and keeps one colon", () => {
    const text = `Run it with::\n\n    $ pgbench -c 10\n    tps = 1450.2\n\nAfterwards we tuned it.\n\n.. code:: sh\n\n   echo ok\n`;
    expect(rstAsMarkdown(text.split("\n"))).toEqual([
      "Run it with:",
      "",
      "```",
      "$ pgbench -c 10",
      "tps = 1450.2",
      "```",
      "",
      "",
      "Afterwards we tuned it.",
      "",
      "```",
      "echo ok",
      "```",
      "",
    ]);
  });

  it("reads inline markup as the words a reader sees", () => {
    const text = [
      ".. note:: x",
      "",
      "See `the NATS docs <https://docs.nats.io>`_ and :doc:`the setup guide <setup>`.",
      "Use :class:`~sqlalchemy.orm.Session` with ``expire_on_commit`` off, as Django_ does, per `PEP 249`_.",
    ];
    expect(rstAsMarkdown(text).slice(-2)).toEqual([
      "See the NATS docs and the setup guide.",
      "Use Session with `expire_on_commit` off, as Django does, per PEP 249.",
    ]);
  });

  it("leaves markdown that mentions '::' or underscores as it was", () => {
    const markdown = ["# Notes", "", "In C++ the scope operator is `std::vector`; snake_case_names stay."];
    expect(rstAsMarkdown(markdown)).toEqual(markdown);
  });
});

describe("inline markup in a grid table", () => {
  it("keeps the columns aligned, so every cell stays under its header", () => {
    const text = [
      ".. note:: x",
      "",
      "+-----------------+----------+-------------+",
      "|                 | Dramaq_  | ``Celeron`` |",
      "+=================+==========+=============+",
      "| Automatic retry | Yes      | No          |",
      "+-----------------+----------+-------------+",
    ];
    const doc = parseDocument({ filename: "compare.rst", text: text.join("\n") });
    expect(doc.text).toContain("| Automatic retry | Yes | No |");
    expect(doc.text).toMatch(/\| +\| Dramaq \| `?Celeron`? \|/);
  });
});

describe("a connector matrix page", () => {
  const PAGE = `=============================
           Rust
=============================

Three clients talk to the store.

Feature matrix
--------------

Checked: March 2023

.. list-table::
    :header-rows: 1
    :stub-columns: 1

    *   -
        -   \`acme/store-rs <https://example.org/acme>\`_
        -   \`zeta/store-rs <https://example.org/zeta>\`_

    *   -   Connection pool
        -   Yes
        -   No

    *   -   GitHub Stars
        -   310
        -   42
`;

  it("takes the centred title between two '=' lines as the title, not a later section's", () => {
    const doc = parseDocument({ filename: "rust.rst", text: PAGE });
    expect(doc.title).toBe("Rust");
    expect(doc.text).toContain("## Feature matrix");
  });

  it("keeps two repositories of one name apart: each column its own technology", () => {
    const doc = parseDocument({ filename: "rust.rst", text: PAGE });
    const { claims, proposed } = extractDocument(doc.text, new TechResolver([]), { title: doc.title });
    expect(proposed.map((p) => p.name)).toEqual(expect.arrayContaining(["acme/store-rs", "zeta/store-rs"]));
    const pool = claims.filter((c) => c.kind === "feature").map((c) => [c.technologies[0], c.conditions.support]);
    expect(pool).toEqual([
      ["acme-store-rs", "built-in"],
      ["zeta-store-rs", "missing"],
    ]);
  });
});
