// Generated benchmark documents (our own writing, deterministic): ~5 KB each, 2-3 dense sections of
// checkable claims padded with prose, in four formats (markdown, bookmark, HTML, web page text).
// Shared by bench:import and bench:import-jobs.
const TECHS = ["Django", "FastAPI", "Flask", "Express", "Laravel", "Ruby on Rails", "Next.js"];

let seed = 42;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const pick = <T>(xs: T[]): T => xs[rand(xs.length)];

function section(i: number): string {
  const a = pick(TECHS),
    b = pick(TECHS);
  return [
    `## ${a} in practice ${i}`,
    `${a} was first released in ${2004 + rand(15)}. It has an admin, ORM and migrations built in according to team ${i}.`,
    `On a ${2 + rand(8)}-vCPU VM with a hello-world endpoint, ${a} under Gunicorn served ~${(1000 + rand(30000)).toLocaleString("en-US")} requests per second, ${b} ${(1000 + rand(30000)).toLocaleString("en-US")} req/s.`,
    `| Capability | ${a} | ${b} |`,
    `| Admin UI | ✅ built-in | ❌ third-party |`,
    `| WebSockets | partial (plugin) | ✅ native |`,
    `Use **${a}** when:`,
    `- Team ${i} needs a back office for ${rand(500)} editors`,
    `- The service number ${rand(1000)} stays small`,
  ].join("\n");
}

// Prose without checkable assertions: most of a real article is this, around a few dense sections.
const WORDS = [
  "deployment",
  "caching",
  "monitoring",
  "teams",
  "onboarding",
  "review",
  "latency",
  "budgets",
  "pipelines",
  "logging",
  "staging",
  "tradeoffs",
  "habits",
  "ownership",
  "rollout",
];
function prose(i: number): string {
  const sentence = (): string =>
    `Our notes on ${pick(WORDS)} and ${pick(WORDS)} kept changing as the ${pick(WORDS)} matured over the quarter.`;
  return `${Array.from({ length: 6 }, sentence).join(" ")} That was paragraph ${i}.`;
}

export function document(i: number): { filename: string; text: string } {
  // 2-3 dense sections (10-25 claims, like the demo articles) padded with prose to ~5 KB.
  let body = "";
  const sections = 2 + rand(2);
  for (let s = 0; s < sections; s++) body += `${section(i * 10 + s)}\n\n${prose(i * 10 + s)}\n\n`;
  for (let p = 0; body.length < 4800; p++) body += `${prose(i * 100 + p)}\n\n`;
  const title = `Benchmark notes ${i}: ${pick(TECHS)} vs ${pick(TECHS)}`;
  switch (i % 4) {
    case 0:
      return { filename: `doc-${i}.md`, text: `# ${title}\n\n${body}` };
    case 1:
      return {
        filename: `doc-${i}.md`,
        text: `---\ntitle: "${title}"\nurl: https://bench.example.com/${i}\ndomain: bench.example.com\ncreator_ref:\n  name: bench\n---\n\n# ${title}\n\n${body}\n**Notes:**\nSaved by the benchmark.\n`,
      };
    case 2:
      return {
        filename: `doc-${i}.html`,
        text: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body
          .split("\n")
          .map((l) =>
            l.startsWith("## ")
              ? `<h2>${l.slice(3)}</h2>`
              : l.startsWith("- ")
                ? `<ul><li>${l.slice(2)}</li></ul>`
                : l.startsWith("|")
                  ? ""
                  : `<p>${l.replace(/\*\*/g, "")}</p>`,
          )
          .join("\n")}</article></body></html>`,
      };
    default:
      return {
        filename: `doc-${i}.txt`,
        text: `Back to Blog\n# ${title}\n${body}\nMarch ${1 + (i % 27)}, 2026\n5 min read\n`,
      };
  }
}
