import "./support/jsdom-polyfills";
// Password reset on screen: an admin issues a one-time link on a user's page and sees it once with
// its expiry in local time; the link's page posts the token from the fragment with the new password
// and says what the server refused. The server is a stand-in answering as the routes do; the routes
// are tested in tests/app/api/auth/password-reset.test.ts, the data provider's call against the
// real route in tests/components/admin/data-provider.test.ts.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AdminContext, RecordContextProvider, testDataProvider } from "react-admin";
import LoginPage from "@/app/login/page";
import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm";
import { PasswordResetPanel } from "@/components/admin/users/PasswordResetPanel";

jest.setTimeout(30_000);
const TOKEN = "A".repeat(43);

describe("issuing a reset link in the admin", () => {
  it("shows the link once, with the expiry as a local date, and issues a new one on request", async () => {
    const user = userEvent.setup({ delay: null });
    const asked: unknown[] = [];
    const dataProvider = testDataProvider({
      issueResetLink: async (userId: string) => (
        asked.push(userId),
        { data: { path: `/login/reset#${TOKEN}${asked.length}`, expiresAt: "2026-12-04T21:15:00.000Z" } }
      ),
    } as never);
    render(
      <AdminContext dataProvider={dataProvider}>
        <RecordContextProvider value={{ id: "u7", name: "Edith Editor", active: true }}>
          <PasswordResetPanel />
        </RecordContextProvider>
      </AdminContext>,
    );
    expect(screen.getByText(/lets Edith Editor set a new password/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Issue a password reset link" }));
    const field = await screen.findByRole("textbox", { name: "Reset link" });
    expect(field).toHaveValue(`${window.location.origin}/login/reset#${TOKEN}1`);
    expect(screen.getByText(/^Valid until/).textContent).toMatch(/^Valid until 4 Dec 2026, \d{2}:\d{2}\./);
    await user.click(screen.getByRole("button", { name: "Issue another (replaces this one)" }));
    await waitFor(() => expect(field).toHaveValue(`${window.location.origin}/login/reset#${TOKEN}2`));
    expect(asked).toEqual(["u7", "u7"]);
  });

  it("offers no link for a deactivated user", () => {
    render(
      <AdminContext dataProvider={testDataProvider()}>
        <RecordContextProvider value={{ id: "u8", name: "Gone User", active: false }}>
          <PasswordResetPanel />
        </RecordContextProvider>
      </AdminContext>,
    );
    expect(screen.getByRole("button", { name: "Issue a password reset link" })).toBeDisabled();
    expect(screen.getByText("Reactivate this user first.")).toBeInTheDocument();
  });
});

describe("the reset link's page", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    window.history.replaceState(null, "", "/");
  });

  it("posts the fragment's token with the new password, shows a refused password, then confirms and links to sign-in", async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: Array<{ token: string; password: string }> = [];
    globalThis.fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { token: string; password: string };
      bodies.push(body);
      if (body.password === "password123")
        return {
          ok: false,
          status: 400,
          json: async () => ({
            error: { message: "This password is too common.", fields: { password: ["This password is too common."] } },
          }),
        } as Response;
      return { ok: true, status: 200, json: async () => ({ data: { email: "edith@example.test" } }) } as Response;
    }) as typeof fetch;
    window.history.replaceState(null, "", `/login/reset#${TOKEN}`);
    render(<ResetPasswordForm />);
    // The token leaves the address bar at once.
    await waitFor(() => expect(window.location.hash).toBe(""));

    await user.type(screen.getByLabelText("New password"), "password123");
    await user.type(screen.getByLabelText("New password, again"), "password124");
    await user.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The two passwords differ.");
    expect(bodies).toEqual([]);

    await user.clear(screen.getByLabelText("New password, again"));
    await user.type(screen.getByLabelText("New password, again"), "password123");
    await user.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This password is too common.");

    for (const label of ["New password", "New password, again"]) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), "a-quite-new-secret-2027");
    }
    await user.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Your password is set. Sign in as edith@example.test.");
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
    expect(bodies.map((b) => b.token)).toEqual([TOKEN, TOKEN]);
  });

  it("without a token in the link, says where a new one comes from", async () => {
    render(<ResetPasswordForm />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Ask for a new one on the sign-in page.");
  });

  it("the sign-in page answers 'Forgot password?' with how to get a link", async () => {
    const user = userEvent.setup({ delay: null });
    // The form asks next-auth for its CSRF token ahead of the click (components/auth/sign-in.ts): answer it as the server does.
    globalThis.fetch = (async () =>
      ({ ok: true, status: 200, json: async () => ({ csrfToken: "csrf" }) }) as Response) as typeof fetch;
    render(await LoginPage({ searchParams: Promise.resolve({}) }));
    await user.click(screen.getByText("Forgot password?"));
    expect(screen.getByText(/Ask an administrator of this site: they can give you a one-time link/)).toBeVisible();
  });
});
