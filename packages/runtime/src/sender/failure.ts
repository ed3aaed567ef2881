import type { TransportFailure } from './transport.js';

/** A failure record from whatever was thrown or emitted (a Node error's `code`, or `NETWORK_ERROR`). */
export function failure(error: unknown): TransportFailure {
  const code = (error as { code?: unknown } | undefined)?.code;
  return {
    kind: 'error',
    code: typeof code === 'string' ? code : 'NETWORK_ERROR',
    message: error instanceof Error ? error.message : String(error),
  };
}
