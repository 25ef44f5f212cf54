// CSV export (RFC 4180), with spreadsheet formula injection neutralized.
import type { Table } from "./export-table";

export function toCsv({ header, rows }: Table): string {
  const cell = (value: unknown): string => {
    let text =
      value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header.map(cell).join(",")];
  for (const row of rows) lines.push(row.map(cell).join(","));
  return lines.join("\r\n") + "\r\n";
}
