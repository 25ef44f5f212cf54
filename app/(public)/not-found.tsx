import Link from "next/link";

export default function NotFound() {
  return (
    <section className="page-head">
      <h1>Not found</h1>
      <p className="lead">There is no public page here. It may not be published yet, or it was removed.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </section>
  );
}
