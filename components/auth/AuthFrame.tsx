// The frame of the sign-in pages (/login, /login/reset): the site's mark linking home, one card, and a
// way back underneath, so every page a signed-out editor sees looks like the site.
import Link from "next/link";
import type { ReactNode } from "react";
import styles from "@/components/auth/login.module.css";
import { SITE_NAME } from "@/lib/public/site";

export function AuthFrame({ children, back }: { children: ReactNode; back: { href: string; label: string } }) {
  return (
    <main className={styles.page}>
      <Link href="/" className={styles.brand}>
        <span className={styles.mark} aria-hidden="true">
          ✓
        </span>
        {SITE_NAME}
      </Link>
      <div className={styles.card}>{children}</div>
      <Link href={back.href} className={styles.back}>
        ← {back.label}
      </Link>
    </main>
  );
}
