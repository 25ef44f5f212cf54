// Formatting shared by the public pages (dates in UTC so server and reader agree).
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export const formatDate = (date: Date | null | undefined): string => (date ? DATE.format(date) : "");
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export function formatFigure(value: number | null, unit: string | null): string {
  if (value == null) return "";
  const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** "latency_p95" -> "Latency p95"; condition keys and metrics are stored as identifiers. */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
