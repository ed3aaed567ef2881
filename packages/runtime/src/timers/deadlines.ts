/**
 * Time limits for many operations on one clock timer: the sender's attempts and the Node receiver's
 * body reads. Limits set by one user share one length, so their deadlines arrive in the order they
 * were set: a doubly linked list ordered by deadline takes a new one at its tail and drops a finished
 * one from anywhere in O(1), and the operation itself is the list node (no allocation). One timer is
 * armed for the earliest deadline; finishing an operation never touches it (a timer that fires early
 * finds nothing due and re-arms for the new head), so an operation that ends in time costs no timer
 * calls, where a `setTimeout` per operation costs two. The timer never keeps the process alive: what
 * it guards (a socket) does. Not for Web runtimes, where a timer created in one request's context
 * must not settle another's (workerd refuses that).
 */
/** The clock a list runs on: the sender's injectable one, or {@link systemClock}. */
export interface DeadlineClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Something with a time limit: it sits in at most one {@link Deadlines} list. */
export abstract class Deadline {
  /** When it expires (clock milliseconds); meaningful while listed. */
  deadlineAt = 0;
  /** @internal list links */
  prevDeadline: Deadline | undefined = undefined;
  /** @internal list links */
  nextDeadline: Deadline | undefined = undefined;
  /** @internal whether it is in a list */
  listed = false;
  /** Called once, by the clock's timer, when the deadline passes before the item was removed. */
  abstract expire(): void;
}

export class Deadlines {
  private head: Deadline | undefined = undefined;
  private tail: Deadline | undefined = undefined;
  private timer: unknown = undefined;
  /** When the armed timer fires (infinity when none is armed). */
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(private readonly clock: DeadlineClock) {}

  /** Lists `item` to expire `ms` from now. */
  add(item: Deadline, ms: number): void {
    if (item.listed) this.remove(item);
    const at = this.clock.now() + ms;
    item.deadlineAt = at;
    item.listed = true;
    // Walk back from the tail past later deadlines: zero steps when every item has the same limit.
    let before = this.tail;
    while (before !== undefined && before.deadlineAt > at) before = before.prevDeadline;
    item.prevDeadline = before;
    item.nextDeadline = before === undefined ? this.head : before.nextDeadline;
    if (item.nextDeadline === undefined) this.tail = item;
    else item.nextDeadline.prevDeadline = item;
    if (before === undefined) this.head = item;
    else before.nextDeadline = item;
    if (at < this.timerAt) this.arm(at);
  }

  /** Takes `item` out of the list (it will not expire); does nothing if it is not listed. */
  remove(item: Deadline): void {
    if (!item.listed) return;
    item.listed = false;
    const { prevDeadline: prev, nextDeadline: next } = item;
    if (prev === undefined) this.head = next;
    else prev.nextDeadline = next;
    if (next === undefined) this.tail = prev;
    else next.prevDeadline = prev;
    item.prevDeadline = undefined;
    item.nextDeadline = undefined;
  }

  /** How many items are listed (for tests and diagnostics; O(n)). */
  get size(): number {
    let count = 0;
    for (let item = this.head; item !== undefined; item = item.nextDeadline) count++;
    return count;
  }

  /** Cancels the timer; listed items stay listed but will not expire until the next `add`. */
  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private arm(at: number): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, at - this.clock.now()));
    (this.timer as { unref?: () => void } | undefined)?.unref?.();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    const now = this.clock.now();
    // Each expiry may add or remove items (a new attempt starts), so take the head afresh every time.
    for (let item = this.head; item !== undefined && item.deadlineAt <= now; item = this.head) {
      this.remove(item);
      item.expire();
    }
    if (this.head !== undefined && this.timer === undefined) this.arm(this.head.deadlineAt);
  }
}
