// Counts kept up to date as a use case's evidence changes, so a verdict's confidence line costs
// O(the change) rather than O(every claim behind the recommendation):
//  - SourceGraph: countSources (weights.ts) as a graph that supports removal. Articles and source
//    keys are nodes, a citation is an edge between its article and its key, and the independent
//    sources are the graph's connected components (the union-find of countSources computes the
//    same components, but a union-find cannot undo a union when a claim goes away).
//  - EvidenceTally: for a set of technologies (one, or a combination such as "FastAPI + Django"),
//    how many distinct claims and team decisions speak for and against them, the independent
//    sources of the claims for them and the newest source's date. A claim or decision naming two
//    of the technologies counts once.
import type { ClaimEntry, DecisionEntry } from "./bucket";
import { countSources } from "./weights";
import type { EvidenceClaim } from "./types";

interface GraphNode {
  id: number;
  /** Neighbours, and how many citations join this node to each (the same pair may be cited twice). */
  next: GraphNode[];
  joins: number[];
  /** The nodes of this node's component (one array shared by all of them). */
  component: GraphNode[];
}

/**
 * Numbers for articles and source keys (articles even, keys odd), and each claim's citations as
 * those numbers, worked out once per claim object for all of an engine's tallies: hashing numbers
 * is cheaper than building and hashing strings, and claims are immutable inputs.
 */
export class CitationIds {
  private readonly articles = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  private readonly byClaim = new WeakMap<EvidenceClaim, ClaimCitations>();

  of(claim: EvidenceClaim): ClaimCitations {
    let known = this.byClaim.get(claim);
    if (!known) {
      const pairs: number[] = [];
      const dates: number[] = [];
      const houseDates: number[] = [];
      for (const c of claim.citations) {
        // A house citation is no independent source (countSources): it joins no component, and
        // its date is kept apart (recency.ts says it as our own write-up's, never as a source's).
        if (c.house) {
          if (c.publishedAt) houseDates.push(Date.parse(c.publishedAt));
          continue;
        }
        pairs.push(2 * idOf(this.articles, c.articleId), 2 * idOf(this.keys, c.sourceKey) + 1);
        if (c.publishedAt) dates.push(Date.parse(c.publishedAt));
      }
      this.byClaim.set(claim, (known = { pairs, dates, houseDates }));
    }
    return known;
  }
}

/** A claim's citations as (article, key) number pairs, flat, and its dated citations' dates (ms; NaN when unparsable). */
export interface ClaimCitations {
  pairs: number[];
  dates: number[];
  /** The dates of its house citations (the site's own write-ups), ms. */
  houseDates: number[];
}

function idOf(ids: Map<string, number>, name: string): number {
  let id = ids.get(name);
  if (id === undefined) ids.set(name, (id = ids.size));
  return id;
}

/**
 * Connected components of the citation graph under edge insertions and removals. Components are
 * small (an article, its quotes and its syndicated copies), so merging moves the smaller one and a
 * removal that may split a component walks that component only. Nodes keep their neighbours in
 * small arrays: most have one or two.
 */
export class SourceGraph {
  private readonly nodes = new Map<number, GraphNode>();
  /** Independent sources: every node has an edge, so every component holds an article. */
  components = 0;

  /** Adds one citation: `article` and `key` as numbered by CitationIds. */
  add(article: number, key: number): void {
    const a = this.node(article);
    const k = this.node(key);
    const at = a.next.indexOf(k);
    if (at >= 0) {
      a.joins[at] += 1;
      k.joins[k.next.indexOf(a)] += 1;
      return;
    }
    a.next.push(k);
    a.joins.push(1);
    k.next.push(a);
    k.joins.push(1);
    if (a.component !== k.component) this.merge(a.component, k.component);
  }

  remove(article: number, key: number): void {
    const a = this.nodes.get(article);
    const k = this.nodes.get(key);
    const at = a && k ? a.next.indexOf(k) : -1;
    if (!a || !k || at < 0) return;
    const back = k.next.indexOf(a);
    if (a.joins[at] > 1) {
      a.joins[at] -= 1;
      k.joins[back] -= 1;
      return;
    }
    unlink(a, at);
    unlink(k, back);
    const aGone = this.dropIfAlone(a);
    const kGone = this.dropIfAlone(k);
    if (!aGone && !kGone) this.splitIfApart(a, k);
  }

  private node(id: number): GraphNode {
    let node = this.nodes.get(id);
    if (!node) {
      node = { id, next: [], joins: [], component: [] };
      node.component.push(node);
      this.nodes.set(id, node);
      this.components += 1;
    }
    return node;
  }

  private merge(x: GraphNode[], y: GraphNode[]): void {
    const [small, big] = x.length < y.length ? [x, y] : [y, x];
    for (const node of small) {
      node.component = big;
      big.push(node);
    }
    this.components -= 1;
  }

  /** A node left without citations is no longer part of the graph. */
  private dropIfAlone(node: GraphNode): boolean {
    if (node.next.length > 0) return false;
    this.nodes.delete(node.id);
    const members = node.component;
    members.splice(members.indexOf(node), 1);
    if (members.length === 0) this.components -= 1;
    return true;
  }

  /** After the edge a–k went: if k is no longer reachable from a, a's side becomes a component of its own. */
  private splitIfApart(a: GraphNode, k: GraphNode): void {
    const side = new Set<GraphNode>([a]);
    const queue = [a];
    for (let i = 0; i < queue.length; i++) {
      for (const next of queue[i].next) {
        if (next === k) return;
        if (!side.has(next)) {
          side.add(next);
          queue.push(next);
        }
      }
    }
    const old = a.component;
    const rest = old.filter((node) => !side.has(node));
    old.length = 0;
    old.push(...rest);
    for (const node of queue) node.component = queue;
    this.components += 1;
  }
}

/** Drops a node's `at`-th neighbour (order does not matter: the last one takes its place). */
function unlink(node: GraphNode, at: number): void {
  const last = node.next.length - 1;
  node.next[at] = node.next[last];
  node.joins[at] = node.joins[last];
  node.next.pop();
  node.joins.pop();
}

/**
 * A multiset of dates that knows its latest (removing the latest rescans the distinct dates, rarely).
 * An unparsable date makes the latest unknown while it is there, as Math.max over all dates does.
 */
class NewestDate {
  private readonly counts = new Map<number, number>();
  private newest = Number.NEGATIVE_INFINITY;
  private unparsable = 0;

  add(ms: number): void {
    if (Number.isNaN(ms)) return void (this.unparsable += 1);
    this.counts.set(ms, (this.counts.get(ms) ?? 0) + 1);
    if (ms > this.newest) this.newest = ms;
  }

  remove(ms: number): void {
    if (Number.isNaN(ms)) return void (this.unparsable -= 1);
    const left = (this.counts.get(ms) ?? 0) - 1;
    if (left > 0) return void this.counts.set(ms, left);
    this.counts.delete(ms);
    if (ms === this.newest) {
      this.newest = Number.NEGATIVE_INFINITY;
      for (const other of this.counts.keys()) if (other > this.newest) this.newest = other;
    }
  }

  /** The latest date (ms), or null when there is none. */
  value(): number | null {
    return this.unparsable === 0 && Number.isFinite(this.newest) ? this.newest : null;
  }
}

/** The claims for and against some technologies in one use case, counted as a verdict page shows them. */
export class EvidenceTally {
  /** Claim id → how many of the technologies it supports (it counts once however many). */
  private readonly supporting = new Map<string, number>();
  /** The supporting claims themselves, by id. */
  private readonly backing = new Map<string, EvidenceClaim>();
  private readonly against = new Map<string, number>();
  /** Team decisions for and against (a decision has one entry per use case, shared by its technologies). */
  private readonly teamsFor = new Set<string>();
  private readonly teamsAgainst = new Set<string>();
  /**
   * The sources as a graph, built at the first change: a full build asks each verdict's count once,
   * and countSources answers that without building a graph for every use case. Until then, `counted`.
   */
  private graph: SourceGraph | null = null;
  private counted: number | null = null;
  private readonly dates = new NewestDate();
  private readonly houseDates = new NewestDate();

  constructor(
    readonly techs: readonly string[],
    private readonly ids: CitationIds,
  ) {}

  /** Distinct claims speaking for the technologies. */
  get claims(): number {
    return this.supporting.size;
  }

  /** Distinct claims speaking against them. */
  get claimsAgainst(): number {
    return this.against.size;
  }

  /** Distinct team decisions speaking for the technologies. */
  get teams(): number {
    return this.teamsFor.size;
  }

  /** Distinct team decisions speaking against them. */
  get teamsOpposed(): number {
    return this.teamsAgainst.size;
  }

  /** Independent sources behind the supporting claims (countSources of those claims). */
  get sources(): number {
    if (this.graph) return this.graph.components;
    return (this.counted ??= countSources(this.backing.values()));
  }

  /** The newest dated citation of the supporting claims (ms), or null. */
  get newestMs(): number | null {
    return this.dates.value();
  }

  /** The newest dated house citation (the site's own write-up) of the supporting claims (ms), or null. */
  get newestHouseMs(): number | null {
    return this.houseDates.value();
  }

  /** Counts one entry of a claim for one of the technologies as the tally is first filled. */
  fill(entry: ClaimEntry): void {
    if (entry.micro < 0) return void bump(this.against, entry.claim.id, 1);
    if (entry.micro === 0 || bump(this.supporting, entry.claim.id, 1) !== 1) return;
    this.backing.set(entry.claim.id, entry.claim);
    // Read from the claim: numbering its citations waits until the graph is built, if ever.
    for (const c of entry.claim.citations)
      if (c.publishedAt) (c.house ? this.houseDates : this.dates).add(Date.parse(c.publishedAt));
  }

  /** Counts one entry of a claim for one of the technologies (entries with no contribution do not count). */
  add(entry: ClaimEntry): void {
    if (entry.micro < 0) return void bump(this.against, entry.claim.id, 1);
    if (entry.micro === 0 || bump(this.supporting, entry.claim.id, 1) !== 1) return;
    const graph = this.graphOf();
    this.backing.set(entry.claim.id, entry.claim);
    const { pairs, dates, houseDates } = this.ids.of(entry.claim);
    for (let i = 0; i < pairs.length; i += 2) graph.add(pairs[i], pairs[i + 1]);
    for (const ms of dates) this.dates.add(ms);
    for (const ms of houseDates) this.houseDates.add(ms);
  }

  /** Counts a team decision's entry if it names one of the technologies (entries with no contribution do not count). */
  addDecision(entry: DecisionEntry): void {
    if (entry.micro !== 0 && entry.techs.some((t) => this.techs.includes(t)))
      (entry.micro > 0 ? this.teamsFor : this.teamsAgainst).add(entry.decision.id);
  }

  removeDecision(entry: DecisionEntry): void {
    if (entry.micro !== 0 && entry.techs.some((t) => this.techs.includes(t)))
      (entry.micro > 0 ? this.teamsFor : this.teamsAgainst).delete(entry.decision.id);
  }

  remove(entry: ClaimEntry): void {
    if (entry.micro < 0) return void bump(this.against, entry.claim.id, -1);
    if (entry.micro === 0 || bump(this.supporting, entry.claim.id, -1) !== 0) return;
    const graph = this.graphOf();
    this.backing.delete(entry.claim.id);
    const { pairs, dates, houseDates } = this.ids.of(entry.claim);
    for (let i = 0; i < pairs.length; i += 2) graph.remove(pairs[i], pairs[i + 1]);
    for (const ms of dates) this.dates.remove(ms);
    for (const ms of houseDates) this.houseDates.remove(ms);
  }

  /** The graph of the supporting claims' citations (before the change being counted), built once. */
  private graphOf(): SourceGraph {
    if (!this.graph) {
      this.graph = new SourceGraph();
      for (const claim of this.backing.values()) {
        const { pairs } = this.ids.of(claim);
        for (let i = 0; i < pairs.length; i += 2) this.graph.add(pairs[i], pairs[i + 1]);
      }
      this.counted = null;
    }
    return this.graph;
  }
}

/** Adds `by` to a claim's count and returns the new count (a claim at zero leaves the map). */
function bump(counts: Map<string, number>, id: string, by: 1 | -1): number {
  const next = (counts.get(id) ?? 0) + by;
  if (next > 0) counts.set(id, next);
  else counts.delete(id);
  return next;
}
