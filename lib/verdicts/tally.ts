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
import type { EvidenceCitation } from "./types";

interface GraphNode {
  /** Neighbour → how many citations join the two (the same article may be cited twice). */
  adj: Map<GraphNode, number>;
  /** The nodes of this node's component (shared by all of them). */
  component: Set<GraphNode>;
}

const articleNode = (c: EvidenceCitation) => `a\u0000${c.articleId}`;
const keyNode = (c: EvidenceCitation) => `k\u0000${c.sourceKey}`;

/**
 * Connected components of the citation graph under edge insertions and removals. Components are
 * small (an article, its quotes and its syndicated copies), so merging relabels the smaller one
 * and a removal that may split a component walks that component only.
 */
export class SourceGraph {
  private readonly nodes = new Map<string, GraphNode>();
  /** Independent sources: every node has an edge, so every component holds an article. */
  components = 0;

  add(citation: EvidenceCitation): void {
    const a = this.node(articleNode(citation));
    const k = this.node(keyNode(citation));
    const joined = a.adj.get(k) ?? 0;
    a.adj.set(k, joined + 1);
    k.adj.set(a, joined + 1);
    if (a.component !== k.component) this.merge(a.component, k.component);
  }

  remove(citation: EvidenceCitation): void {
    const aId = articleNode(citation);
    const kId = keyNode(citation);
    const a = this.nodes.get(aId);
    const k = this.nodes.get(kId);
    const joined = a && k ? a.adj.get(k) ?? 0 : 0;
    if (!a || !k || joined === 0) return;
    if (joined > 1) {
      a.adj.set(k, joined - 1);
      k.adj.set(a, joined - 1);
      return;
    }
    a.adj.delete(k);
    k.adj.delete(a);
    const aGone = this.dropIfAlone(aId, a);
    const kGone = this.dropIfAlone(kId, k);
    if (!aGone && !kGone) this.splitIfApart(a, k);
  }

  private node(id: string): GraphNode {
    let node = this.nodes.get(id);
    if (!node) {
      node = { adj: new Map(), component: new Set() };
      node.component.add(node);
      this.nodes.set(id, node);
      this.components += 1;
    }
    return node;
  }

  private merge(x: Set<GraphNode>, y: Set<GraphNode>): void {
    const [small, big] = x.size < y.size ? [x, y] : [y, x];
    for (const node of small) {
      node.component = big;
      big.add(node);
    }
    this.components -= 1;
  }

  /** A node left without citations is no longer part of the graph. */
  private dropIfAlone(id: string, node: GraphNode): boolean {
    if (node.adj.size > 0) return false;
    this.nodes.delete(id);
    node.component.delete(node);
    if (node.component.size === 0) this.components -= 1;
    return true;
  }

  /** After the edge a–k went: if k is no longer reachable from a, a's side becomes a component of its own. */
  private splitIfApart(a: GraphNode, k: GraphNode): void {
    const side = new Set<GraphNode>([a]);
    const queue = [a];
    for (let i = 0; i < queue.length; i++) {
      for (const next of queue[i].adj.keys()) {
        if (next === k) return;
        if (!side.has(next)) {
          side.add(next);
          queue.push(next);
        }
      }
    }
    for (const node of side) {
      node.component.delete(node);
      node.component = side;
    }
    this.components += 1;
  }
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

// Parsing dates is most of the work of adding a claim, and citations are immutable inputs.
const datesOf = new WeakMap<EvidenceCitation, number>();
function publishedMs(c: EvidenceCitation): number | null {
  if (!c.publishedAt) return null;
  let ms = datesOf.get(c);
  if (ms === undefined) datesOf.set(c, (ms = Date.parse(c.publishedAt)));
  return ms;
}

/** The claims for and against some technologies in one use case, counted as a verdict page shows them. */
export class EvidenceTally {
  /** Claim id → how many of the technologies it supports (it counts once however many). */
  private readonly supporting = new Map<string, number>();
  private readonly against = new Map<string, number>();
  /** Team decisions for and against (a decision has one entry per use case, shared by its technologies). */
  private readonly teamsFor = new Set<string>();
  private readonly teamsAgainst = new Set<string>();
  private readonly graph = new SourceGraph();
  private readonly dates = new NewestDate();

  constructor(readonly techs: readonly string[]) {}

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
    return this.graph.components;
  }

  /** The newest dated citation of the supporting claims (ms), or null. */
  get newestMs(): number | null {
    return this.dates.value();
  }

  /** Counts one entry of a claim for one of the technologies (entries with no contribution do not count). */
  add(entry: ClaimEntry): void {
    if (entry.micro < 0) return void bump(this.against, entry.claim.id, 1);
    if (entry.micro === 0 || bump(this.supporting, entry.claim.id, 1) !== 1) return;
    for (const c of entry.claim.citations) {
      this.graph.add(c);
      const ms = publishedMs(c);
      if (ms !== null) this.dates.add(ms);
    }
  }

  /** Counts a team decision's entry if it names one of the technologies (entries with no contribution do not count). */
  addDecision(entry: DecisionEntry): void {
    if (entry.micro !== 0 && entry.techs.some((t) => this.techs.includes(t))) (entry.micro > 0 ? this.teamsFor : this.teamsAgainst).add(entry.decision.id);
  }

  removeDecision(entry: DecisionEntry): void {
    if (entry.micro !== 0 && entry.techs.some((t) => this.techs.includes(t))) (entry.micro > 0 ? this.teamsFor : this.teamsAgainst).delete(entry.decision.id);
  }

  remove(entry: ClaimEntry): void {
    if (entry.micro < 0) return void bump(this.against, entry.claim.id, -1);
    if (entry.micro === 0 || bump(this.supporting, entry.claim.id, -1) !== 0) return;
    for (const c of entry.claim.citations) {
      this.graph.remove(c);
      const ms = publishedMs(c);
      if (ms !== null) this.dates.remove(ms);
    }
  }
}

/** Adds `by` to a claim's count and returns the new count (a claim at zero leaves the map). */
function bump(counts: Map<string, number>, id: string, by: 1 | -1): number {
  const next = (counts.get(id) ?? 0) + by;
  if (next > 0) counts.set(id, next);
  else counts.delete(id);
  return next;
}
