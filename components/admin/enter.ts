// Signing in to the admin without a second page load. The login page (components/auth/LoginForm.tsx)
// fetches the admin's code while the editor types (`warmAdmin`: the scripts download and run while
// the password is checked, instead of after), and once signed in opens the admin inside the same
// page (`enterAdmin`: the router shows /admin, so the framework, the admin's code and its styles are
// not fetched and run a second time), with the admin's first requests already on their way
// (./boot.ts). No react-admin here: this file is part of the login page's first script; the
// admin's code is only ever imported (fetched as its own chunks), never bundled in.
import { startEarly } from "./boot";

/** Whether a (same-site, already checked) address after signing in is a screen of the admin. */
export function opensAdmin(target: string): boolean {
  return /^\/admin(?:[/?#]|$)/.test(target);
}

/** The admin's hash route in an address ("/admin#/claims" → "#/claims"). */
export function hashOf(target: string): string {
  const at = target.indexOf("#");
  return at < 0 ? "" : target.slice(at);
}

let warmed = false;

/** Fetches (and runs) the admin's code, and the list screen's when the address opens a list. */
export function warmAdmin(target: string): void {
  if (warmed || !opensAdmin(target)) return;
  warmed = true;
  // Errors are the admin's to report when it loads for real; a failed warm-up costs nothing.
  import("./AdminApp").catch(() => undefined);
  if (/^#\/[A-Za-z]+\/?$/.test(hashOf(target))) import("./resource/ResourceList").catch(() => undefined);
}

/** Opens the admin at `target` in this page (signed in just now): its first requests leave at once. */
export function enterAdmin(target: string, push: (href: string) => void): void {
  startEarly(hashOf(target));
  push(target);
}
