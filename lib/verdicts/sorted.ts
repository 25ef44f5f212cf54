// A list kept in one fixed order under inserts and removals, so "the strongest few claims" is a
// read of the first items instead of a filter and sort of every claim on each recomputation.
// Sorting is lazy: until the list is first read, inserts just append and the first read sorts once.
// A full build therefore costs one sort per list that a verdict actually reads (most are never
// read), and later single changes cost one binary search plus a splice.
export class SortedList<T> {
  private items: T[] = [];
  private sorted = false;
  /**
   * While unsorted: the first item (undefined when empty), kept up to date on insert once a peek
   * has found it; null until then, so lists nobody peeks at pay no comparisons.
   */
  private best: T | undefined | null = null;

  /** `compare` must be a total order on the items a list holds (ties broken by id). */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  insert(item: T): void {
    if (this.sorted) {
      this.items.splice(this.lowerBound(item), 0, item);
      return;
    }
    this.items.push(item);
    if (this.best === null) return;
    if (this.best === undefined || this.compare(item, this.best) < 0) this.best = item;
  }

  /** Removes this very item (by identity); false when it is not in the list. */
  remove(item: T): boolean {
    const items = this.items;
    if (!this.sorted) {
      const at = items.indexOf(item);
      if (at < 0) return false;
      items[at] = items[items.length - 1];
      items.pop();
      if (item === this.best) this.best = null;
      return true;
    }
    for (let at = this.lowerBound(item); at < items.length && this.compare(items[at], item) === 0; at++) {
      if (items[at] === item) {
        items.splice(at, 1);
        return true;
      }
    }
    return false;
  }

  /** The first item, without sorting the list (a full build reads many lists only this far). */
  peek(): T | undefined {
    if (this.sorted) return this.items[0];
    if (this.best === null) {
      this.best = undefined;
      for (const item of this.items) if (this.best === undefined || this.compare(item, this.best) < 0) this.best = item;
    }
    return this.best;
  }

  /** The items in order. Read-only: the list owns the array. */
  view(): readonly T[] {
    if (!this.sorted) {
      this.items.sort(this.compare);
      this.sorted = true;
    }
    return this.items;
  }

  /** The items in no particular order, without sorting them (for counting). Read-only: the list owns the array. */
  unordered(): readonly T[] {
    return this.items;
  }

  /** The first `limit` items (in order) that pass `keep`. */
  first(limit: number, keep: (item: T) => boolean = () => true): T[] {
    const out: T[] = [];
    for (const item of this.view()) {
      if (out.length >= limit) break;
      if (keep(item)) out.push(item);
    }
    return out;
  }

  /** The first position whose item does not come before `item`. */
  private lowerBound(item: T): number {
    let [low, high] = [0, this.items.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.compare(this.items[mid], item) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
