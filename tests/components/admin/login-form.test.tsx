import { render, screen } from "@testing-library/react";
import { LoginForm, safeCallbackUrl } from "@/components/auth/LoginForm";
import LoginPage from "@/app/login/page";

describe("the sign-in form", () => {
  it("sits on a page that names the site and links back to it", async () => {
    render(await LoginPage({ searchParams: Promise.resolve({}) }));
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "← Back to StackVerdict" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("link", { name: "StackVerdict" })).toHaveAttribute("href", "/");
    expect(screen.getByLabelText("Email")).toBeInTheDocument();
  });

  it("offers a reset link by mail only when the site sends mail (SMTP_URL); otherwise says to ask an administrator", async () => {
    const saved = process.env.SMTP_URL;
    try {
      delete process.env.SMTP_URL;
      const { unmount } = render(await LoginPage({ searchParams: Promise.resolve({}) }));
      expect(screen.getByText(/Ask an administrator of this site/)).toBeInTheDocument();
      expect(screen.queryByLabelText("Your account's email")).toBeNull();
      unmount();
      process.env.SMTP_URL = "smtp://relay.example:587";
      render(await LoginPage({ searchParams: Promise.resolve({}) }));
      expect(screen.getByLabelText("Your account's email")).toHaveAttribute("type", "email");
      expect(screen.getByRole("button", { name: "Mail me a link" })).toBeEnabled();
      expect(screen.queryByText(/Ask an administrator of this site/)).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
    }
  });

  it("has labelled email and password fields and a sign-in button", () => {
    render(<LoginForm />);
    expect(screen.getByLabelText("Email")).toHaveAttribute("type", "email");
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });

  it("only follows same-site callback paths after signing in", () => {
    expect(safeCallbackUrl(undefined)).toBe("/admin");
    expect(safeCallbackUrl("/admin#/claims")).toBe("/admin#/claims");
    expect(safeCallbackUrl("https://evil.example/")).toBe("/admin");
    expect(safeCallbackUrl("//evil.example/")).toBe("/admin");
  });

  it("reads the callback as the browser will: a tab, newline or backslash cannot turn it into another host", () => {
    const site = window.location.origin;
    for (const raw of [
      "/\t/evil.example/steal",
      "/\n/evil.example",
      "/\\evil.example",
      "\\/evil.example",
      " //evil.example",
      "/\r\\evil.example",
      "javascript:alert(1)",
    ]) {
      const target = safeCallbackUrl(raw);
      // What window.location.assign(target) would open.
      expect([raw, new URL(target, site).origin]).toEqual([raw, site]);
      expect([raw, target.startsWith("//")]).toEqual([raw, false]);
    }
    expect(safeCallbackUrl(`${site}/admin?x=1`)).toBe("/admin?x=1");
    // A same-site URL whose path starts with "//" would be read as a host when followed as a path.
    expect(safeCallbackUrl(`${site}//evil.example/`)).toBe("/admin");
  });
});

describe("reading next-auth's answer to a sign-in (components/auth/sign-in.ts)", () => {
  const { signInOutcome } = jest.requireActual<typeof import("@/components/auth/sign-in")>("@/components/auth/sign-in");
  const site = "http://localhost:3000";
  it("accepted only on a 2xx answer whose URL carries no error", () => {
    expect(signInOutcome(200, `${site}/admin#/claims`, site)).toBe("ok");
    expect(signInOutcome(401, `${site}/api/auth/error?error=CredentialsSignin&provider=credentials`, site)).toBe(
      "refused",
    );
    expect(signInOutcome(200, `${site}/api/auth/error?error=CredentialsSignin`, site)).toBe("refused");
    expect(signInOutcome(200, undefined, site)).toBe("refused");
  });
  it("a refused token is told apart, so the sign-in is tried again through next-auth's own signIn()", () => {
    expect(signInOutcome(200, `${site}/api/auth/signin?csrf=true`, site)).toBe("token refused");
  });
});
