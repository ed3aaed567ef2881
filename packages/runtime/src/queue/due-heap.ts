/**
 * A binary min-heap of items ordered by `(due, seq)` that knows where each item sits, so an item can
 * be moved or removed in O(log n) when it is leased, retried or settled. The memory queue keeps
 * exactly one entry per pending delivery this way: no stale entries pile up while 100,000 messages
 * pass through.
 */
export interface HeapItem {
  /** When the item becomes claimable. */
  due: number;
  /** Tie-breaker: enqueue order. */
  seq: number;
  /** The item's position in the heap, or -1 when it is not in it. */
  heapIndex: number;
}

export class DueHeap<T extends HeapItem> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    item.heapIndex = this.items.length;
    this.items.push(item);
    this.up(item.heapIndex);
  }

  remove(item: T): void {
    const index = item.heapIndex;
    if (index < 0) return;
    const last = this.items.pop() as T;
    item.heapIndex = -1;
    if (last === item) return;
    this.items[index] = last;
    last.heapIndex = index;
    this.up(index);
    this.down(last.heapIndex);
  }

  /** Puts the item where its new `due` belongs (pushing it if it was not in the heap). */
  reschedule(item: T, due: number): void {
    item.due = due;
    if (item.heapIndex < 0) {
      this.push(item);
      return;
    }
    this.up(item.heapIndex);
    this.down(item.heapIndex);
  }

  private less(a: T, b: T): boolean {
    return a.due < b.due || (a.due === b.due && a.seq < b.seq);
  }

  private up(start: number): void {
    const items = this.items;
    let index = start;
    const item = items[index] as T;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex] as T;
      if (!this.less(item, parent)) break;
      items[index] = parent;
      parent.heapIndex = index;
      index = parentIndex;
    }
    items[index] = item;
    item.heapIndex = index;
  }

  private down(start: number): void {
    const items = this.items;
    const length = items.length;
    let index = start;
    const item = items[index] as T;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && this.less(items[right] as T, items[left] as T) ? right : left;
      const childItem = items[child] as T;
      if (!this.less(childItem, item)) break;
      items[index] = childItem;
      childItem.heapIndex = index;
      index = child;
    }
    items[index] = item;
    item.heapIndex = index;
  }
}
