import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          StackVerdict: technology verdicts where every claim links to the sentence it came from. Quotes belong to their
          authors; follow the source links to read them in full.
        </p>
        <p>
          <Link href="/technologies">Technologies</Link> · <Link href="/compare">Comparisons</Link> · <a href="/login">Editors sign in</a>
        </p>
      </div>
    </footer>
  );
}
