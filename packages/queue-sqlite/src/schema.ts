import type { Database } from 'better-sqlite3';

/**
 * Bumped when the tables change; a file written by a newer version is refused rather than misread.
 * 2: `deliveries.headers` (a message's own request headers, JSON; NULL when it has none).
 */
export const SCHEMA_VERSION = 2;

/**
 * One row per delivery. `due` is when a claim may take the row: `next_attempt_at`, or the lease
 * expiry while a lease is held, so an expired lease is simply due again (one index serves both).
 * `seq` (the rowid) keeps enqueue order for ties.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  message_id TEXT NOT NULL,
  endpoint_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  body TEXT NOT NULL,
  headers TEXT,
  created_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'dead')),
  next_attempt_at INTEGER NOT NULL,
  due INTEGER NOT NULL,
  attempt_count INTEGER NOT NULL DEFAULT 0,
  attempts TEXT NOT NULL DEFAULT '[]',
  replays INTEGER NOT NULL DEFAULT 0,
  lease_token TEXT,
  lease_expires_at INTEGER,
  dead_at INTEGER,
  dead_reason TEXT,
  dead_seq INTEGER
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, due, seq);
CREATE INDEX IF NOT EXISTS deliveries_pending_order ON deliveries (state, next_attempt_at, seq);
CREATE INDEX IF NOT EXISTS deliveries_dead_order ON deliveries (state, dead_seq);
CREATE INDEX IF NOT EXISTS deliveries_message ON deliveries (message_id);
CREATE TABLE IF NOT EXISTS idempotency_keys (
  key TEXT PRIMARY KEY,
  message_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS idempotency_expiry ON idempotency_keys (expires_at);
CREATE TABLE IF NOT EXISTS disabled_endpoints (
  endpoint_id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  reason TEXT NOT NULL
);
`;

/**
 * WAL so readers (the CLI, other workers) never block the writer; `synchronous = FULL` so a commit is
 * on disk when it returns (group commit keeps that affordable); a busy timeout so several processes
 * on one file wait for each other's short transactions instead of failing.
 */
export function prepareDatabase(db: Database, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `this queue file was written by a newer @hookwright/queue-sqlite (schema ${version}, this one reads ${SCHEMA_VERSION}): upgrade the package`,
    );
  }
  db.transaction(() => {
    db.exec(DDL);
    // A version 1 file has every table but not the headers column: its rows read back without headers.
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').all('deliveries') as {
      name: string;
    }[];
    if (!columns.some((column) => column.name === 'headers'))
      db.exec('ALTER TABLE deliveries ADD COLUMN headers TEXT');
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
