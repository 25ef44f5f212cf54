// Stored identifiers ("latency_p95", "orm") as words, with names and abbreviations spelled right.
/** Words that are names or abbreviations, spelled as their owners spell them. */
const SPELLINGS: Record<string, string> = {
  api: "API",
  apis: "APIs",
  orm: "ORM",
  orms: "ORMs",
  openapi: "OpenAPI",
  websocket: "WebSocket",
  websockets: "WebSockets",
  cpu: "CPU",
  vcpu: "vCPU",
  ram: "RAM",
  json: "JSON",
  http: "HTTP",
  sql: "SQL",
  ui: "UI",
  url: "URL",
  csrf: "CSRF",
  jwt: "JWT",
  ssr: "SSR",
  cms: "CMS",
  db: "DB",
  ms: "ms",
  rps: "req/s",
  graphql: "GraphQL",
  rest: "REST",
  vm: "VM",
  p50: "p50",
  p90: "p90",
  p95: "p95",
  p99: "p99",
  php: "PHP",
  "php-fpm": "PHP-FPM",
  js: "JS",
};

const spell = (word: string): string => SPELLINGS[word.toLowerCase()] ?? word;

/**
 * Free words with names and abbreviations spelled right, everything else kept: "2-vcpu vm" →
 * "2-vCPU VM", "php-fpm" → "PHP-FPM". Parts of a hyphenated word are spelled one by one.
 */
export function spellWords(text: string): string {
  return text.replace(
    /[A-Za-z0-9.+#]+(?:-[A-Za-z0-9.+#]+)*/g,
    (word) => SPELLINGS[word.toLowerCase()] ?? word.split("-").map(spell).join("-"),
  );
}

/** "latency_p95" -> "Latency p95", "orm" -> "ORM": a stored identifier as words, names spelled right. */
export function humanize(key: string): string {
  const words = key
    .replace(/[_]+/g, " ")
    .replace(/-(?=[a-z])/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .trim()
    .split(/\s+/)
    .map(spell);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
