import { afterEach, beforeEach } from 'vitest';
import { type EndpointServer, startEndpointServer } from './endpoint-server.js';
import type { RecordingSender } from './recording-sender.js';

/** A fresh endpoint server per test, and the test's sender (if it set `run`) closed after it. */
export interface Loopback {
  server: EndpointServer;
  run: RecordingSender | undefined;
}

/** Registers the hooks; read `server` and set `run` inside tests. */
export function useLoopback(): Loopback {
  const context = { run: undefined } as Loopback;
  beforeEach(async () => {
    context.server = await startEndpointServer();
  });
  afterEach(async () => {
    await context.run?.sender.close();
    context.run = undefined;
    await context.server.close();
  });
  return context;
}
