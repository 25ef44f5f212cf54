/** @jest-environment node */
// Documentation sites' markup in markdown (MDX imports, ":::" and "!!!" admonitions, content tabs, <details>, GitHub
// alerts, component tags) read as the markdown it stands for. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { docsMarkupAsMarkdown } from "@/lib/import/docs-markup";

const RUNNERS = `import Tabs from '@theme/Tabs';
import {
  Chart,
  Legend,
} from "../components/chart";

# Vitest vs Jest

:::tip[Our pick]
Use Vitest for new Vite projects.
:::

::: warning
Jest does not support native ESM without flags.
:::

<Tabs
  groupId="runner"
>
<TabItem value="vitest" label="Vitest">

Starts in 0.8 s on our suite.

</TabItem>
<TabItem value="jest" label="Jest">

Starts in 3.1 s on our suite.

</TabItem>
</Tabs>

<Chart data={results} />

<details>
<summary><b>Watch mode</b></summary>

| Runner | Re-run after a change (ms) |
|---|---|
| Vitest | 120 |
| Jest | 900 |

</details>

> [!NOTE]
> Jest has snapshot testing built in.
`;

const MKDOCS = `# Clients

!!! note "Connection pooling"
    The Go client supports connection pooling.

=== "Go"

    Reads 52,000 keys per second.

=== "Python"

    Reads 9,000 keys per second.

    !!! warning
        The Python client does not support pipelining.

Heading underlined
==================

Closing words.
`;

const lines = (text: string): string[] => docsMarkupAsMarkdown(text.split("\n")).filter((l) => l.trim());

describe("documentation sites' markup", () => {
  it("drops MDX's imports and component tags, keeps admonitions' and tabs' content under their titles", () => {
    expect(lines(RUNNERS)).toEqual([
      "# Vitest vs Jest",
      "#### Our pick",
      "Use Vitest for new Vite projects.",
      "Jest does not support native ESM without flags.",
      "#### Vitest",
      "Starts in 0.8 s on our suite.",
      "#### Jest",
      "Starts in 3.1 s on our suite.",
      "#### Watch mode",
      "| Runner | Re-run after a change (ms) |",
      "|---|---|",
      "| Vitest | 120 |",
      "| Jest | 900 |",
      "> Jest has snapshot testing built in.",
    ]);
  });

  it("gives a tab's figure to the technology its label names", () => {
    const doc = parseDocument({ filename: "runners.mdx", text: RUNNERS });
    expect(doc.title).toBe("Vitest vs Jest");
    const claims = extractDocument(doc.text, new TechResolver([]), { title: doc.title }).claims;
    const figures = claims.filter((c) => c.kind === "performance").map((c) => [c.technologies[0], c.value, c.unit]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ["vitest", 0.8, "s"],
        ["jest", 3.1, "s"],
        ["vitest", 120, "ms"],
        ["jest", 900, "ms"],
      ]),
    );
    expect(claims.some((c) => c.kind === "feature" && /snapshot testing/.test(c.statement))).toBe(true);
  });

  it("reads MkDocs' admonitions and tabs by their indented bodies, nested ones too, and leaves a setext heading", () => {
    expect(lines(MKDOCS)).toEqual([
      "# Clients",
      "#### Connection pooling",
      "The Go client supports connection pooling.",
      "#### Go",
      "Reads 52,000 keys per second.",
      "#### Python",
      "Reads 9,000 keys per second.",
      "The Python client does not support pipelining.",
      "Heading underlined",
      "==================",
      "Closing words.",
    ]);
  });

  it("leaves code fences and prose that merely mentions imports as they were", () => {
    const markdown = [
      "# Notes",
      "",
      "import data from the old system first, then switch.",
      "",
      "```tsx",
      "import Tabs from '@theme/Tabs';",
      '<TabItem value="a" label="A">',
      ":::",
      "```",
    ];
    expect(docsMarkupAsMarkdown(markdown)).toEqual(markdown);
  });
});
