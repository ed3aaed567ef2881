/** Stable codes of {@link SqliteQueueFileError}. */
export type SqliteQueueFileErrorCode = 'QUEUE_FILE_MISSING' | 'QUEUE_FILE_UNREADABLE';

/**
 * The queue file could not be opened: it does not exist (and `mustExist` was set, as the CLI does),
 * or it is not a queue file this version can read.
 */
export class SqliteQueueFileError extends Error {
  override name = 'SqliteQueueFileError';
  constructor(
    readonly code: SqliteQueueFileErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
