export { SqliteQueueFileError, type SqliteQueueFileErrorCode } from './errors.js';
export { createSqliteQueue, type SqliteQueueOptions } from './queue.js';
