// Short names a document uses for technologies it names in full ("Fly" for Fly.io), told apart from a maker's
// name written before several of its products ("Google" Drive, Photos, Workspace as well as Cloud).
import type { TechResolver } from "./technologies";
import type { TechRef } from "./types";

// A capitalised word and the capitalised word after it ("Google Drive"); the second is only looked at, so it may
// open the next pair.
const CAPITALISED_PAIR = /\b([A-Z][a-z]{2,})\s(?=([A-Z]\p{L}+))/gu;

/**
 * A name the document uses for a technology it also names in full ("Fly" for Fly.io, "Travis" for Travis CI,
 * "Rabbit" for RabbitMQ, "Mongo" for MongoDB) is that technology, not a new one: it becomes an alias of it.
 * The full name must stand in the document; the short one must end where the full name's next part begins:
 * a dot, a space or a run of capitals ("MQ", "DB"), never a capitalised word ("Type" is not TypeScript).
 */
export function foldShortForms(
  found: TechRef[],
  known: TechResolver,
  text: string,
): { shortForms: Array<{ slug: string; alias: string }>; others: TechRef[] } {
  if (!found.length) return { shortForms: [], others: [] };
  const named = [...new Set(known.findAll(text.slice(0, 200_000)).map((m) => m.slug))]
    .map((slug) => known.ref(slug))
    .filter((t): t is TechRef => Boolean(t));
  const shortForms: Array<{ slug: string; alias: string }> = [];
  const others: TechRef[] = [];
  for (const f of found) {
    const startsFull = (n: string) => n.startsWith(f.name) && /^(?:\.\w|\s\w|[A-Z]{2})/.test(n.slice(f.name.length));
    const full = /^[A-Z][a-z]{2,}$/.test(f.name)
      ? named.find((t) => [t.name, ...t.aliases].some(startsFull))
      : undefined;
    // "Google" before "Drive", "Photos" and "Workspace" as before "Cloud": a maker's name over several products,
    // the short form of none of them (and no technology of its own).
    if (full && brandOf(f.name, full, text)) continue;
    if (full) shortForms.push({ slug: full.slug, alias: f.name });
    else others.push(f);
  }
  return { shortForms, others };
}

/**
 * The first word of a full name ("Google" of Google Cloud) written before other capitalised words too ("Google
 * Drive", "Google Workspace"): a brand.
 */
function brandOf(short: string, full: TechRef, text: string): boolean {
  const rests = [full.name, ...full.aliases]
    .filter((n) => n.startsWith(`${short} `))
    .map((n) => n.slice(short.length + 1).split(/\s/)[0]);
  // "Fly" for Fly.io, "Mongo" for MongoDB: a name whose full form goes on without a space is no maker's.
  if (!rests.length) return false;
  for (const m of text.slice(0, 200_000).matchAll(CAPITALISED_PAIR))
    if (m[1] === short && !rests.includes(m[2])) return true;
  return false;
}
