// Chromium from Debian, driven by playwright-core: never a downloaded browser.
import { chromium, type Browser, type Page } from "playwright-core";
import path from "node:path";
import { BASE_URL, SCREENSHOTS } from "./server";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/login?callbackUrl=%2Fadmin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/admin/);
  // The admin boots client-side after the URL changes; a hash navigation made before its router
  // is mounted can be lost, so wait until the menu (rendered after the auth check) is there.
  await page.getByRole("menuitem", { name: "Dashboard" }).first().waitFor();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
