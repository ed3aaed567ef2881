import type { Database } from 'better-sqlite3';

interface Pending {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: every write submitted while the event loop is busy joins one `BEGIN IMMEDIATE`
 * transaction, committed (and, with `synchronous = FULL`, fsynced) once for the whole group. A
 * caller's promise settles only after that commit returned, so "resolved" still means "on disk";
 * many concurrent `send`s simply share one fsync instead of paying one each.
 *
 * Each write runs in its own savepoint: a write that throws (a lost lease, a bad input) rolls back
 * alone and rejects its own promise, the rest of the group commits.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private flushing: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  /** Runs `write` inside the next group transaction; resolves with its result once committed. */
  submit<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate, not a microtask: sends issued across one turn of the loop share the commit.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits whatever is waiting now (used by `close`). */
  async drain(): Promise<void> {
    if (this.queue.length > 0) this.flush();
    await this.flushing;
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.queue;
    this.queue = [];
    if (group.length === 0) return;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    const one = this.db.transaction((item: Pending) => item.run());
    const all = this.db.transaction(() => {
      for (const item of group) {
        try {
          outcomes.push({ ok: true, value: one(item) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
    try {
      all.immediate();
    } catch (error) {
      // The commit itself failed (disk full, I/O error, busy past the timeout): nothing is recorded.
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error);
    });
  }
}
