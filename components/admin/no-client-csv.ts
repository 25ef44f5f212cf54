// Stands in for the `jsonexport` package in the browser bundle (next.config.js, turbopack.resolveAlias).
// react-admin's default exporter imports it, and with it Node's stream and Buffer polyfills: about
// 20 KB gzip of the admin's first load for a button the admin never shows, since every list exports
// CSV on the server (GET /api/admin/<resource>/export, components/admin/resource/ListToolbar.tsx)
// and passes `exporter={false}`. Should anything call it, it says so instead of producing a file.
type Done = (error: Error | null, csv?: string) => void;

export default function jsonexport(_data: unknown, optionsOrDone?: unknown, done?: Done): void {
  const callback = (typeof optionsOrDone === "function" ? optionsOrDone : done) as Done | undefined;
  callback?.(new Error("CSV is exported by the server (Export CSV), not in the browser."));
}
