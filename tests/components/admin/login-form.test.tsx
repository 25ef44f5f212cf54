import { render, screen } from "@testing-library/react";
import { LoginForm, safeCallbackUrl } from "@/components/auth/LoginForm";

describe("the sign-in form", () => {
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
});
