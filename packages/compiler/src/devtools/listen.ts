import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventTable, PayloadIssue } from '@hookwright/runtime/events';
import {
  createMemoryIdempotencyStore,
  createReceiver,
  type IdempotencyStore,
  type ReceiverResponse,
} from '@hookwright/runtime/receiver';
import { type ForwardResult, forwardRequest } from './forward.js';
import { peekEvent, plainHeaders, readLimited } from './incoming.js';

/** What `listen` saw of one request and what it answered. */
export interface DeliveryRecord {
  /** The delivery id: the event's, or the header that carries it (`webhook-id`, `x-github-delivery`). */
  id?: string;
  /** From the body, when it parses (also for rejected requests, as far as it goes). */
  type?: string;
  version?: number;
  /**
   * `accepted`: verified, valid, handled; `duplicate`: a `webhook-id` already accepted (answered 2xx,
   * not forwarded again); `unknown`: verified but not an event of the contract (answered 204);
   * `rejected`: any error answer.
   */
  verdict: 'accepted' | 'duplicate' | 'unknown' | 'rejected';
  /** The status sent back to the caller. */
  status: number;
  /** The receiver's error code (`NO_MATCHING_SIGNATURE`, `INVALID_PAYLOAD`, ...), or `FORWARD_FAILED`. */
  code?: string;
  /** The full reason, including detail the HTTP answer hides (signature failures). */
  message?: string;
  /** Where the payload is wrong, as JSON pointers into `data`. */
  issues?: readonly PayloadIssue[];
  /** The app's answer, with `--forward`. */
  forward?: ForwardResult;
}

/** Counts for the summary printed on exit. */
export interface ListenSummary {
  received: number;
  accepted: number;
  duplicate: number;
  unknown: number;
  /** Rejected requests by code. */
  rejected: Record<string, number>;
}

export interface ListenOptions {
  table: EventTable;
  secret: string | string[];
  /** 0 picks a free port. */
  port: number;
  /** Default `127.0.0.1`: nothing outside this machine can reach the listener. */
  host?: string;
  /** Relay accepted requests (same body bytes and headers) to this URL and answer with its response. */
  forward?: string;
  /** Called once per request, after it was answered. */
  onDelivery: (record: DeliveryRecord) => void;
}

export interface Listener {
  /** `http://host:port/`. */
  url: string;
  port: number;
  summary(): ListenSummary;
  /** Stops accepting, ends idle connections, resolves when the server is closed. */
  close(): Promise<void>;
}

/** Per request: what the pipeline's hooks learn, read back once it has answered. */
interface Pending {
  bytes: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  duplicate: boolean;
  unknown: boolean;
  /** The delivery id the receiver claimed in the idempotency store (duplicates reach no handler). */
  claimed?: string;
  error?: { code: string; message: string; issues?: readonly PayloadIssue[] };
  event?: { type: string; version: number; id?: string };
  forward?: ForwardResult;
}

const MAX_BODY_BYTES = 1024 * 1024;
const CLOSE_GRACE_MS = 2000;

/**
 * A local receiver on the runtime's pipeline (`createReceiver`): every request is verified,
 * validated against the contract and answered with the pipeline's status codes, then reported to
 * `onDelivery`. The hooks of one request find its state through `AsyncLocalStorage`, so concurrent
 * requests are reported apart.
 *
 * @example
 * const listener = await startListener({ table, secret, port: 4000, onDelivery: (r) => console.log(r.verdict) });
 * // ... later
 * await listener.close();
 */
export async function startListener(options: ListenOptions): Promise<Listener> {
  const current = new AsyncLocalStorage<Pending>();
  const summary: ListenSummary = { received: 0, accepted: 0, duplicate: 0, unknown: 0, rejected: {} };
  const receiver = createReceiver(options.table, {
    secret: options.secret,
    maxBodyBytes: MAX_BODY_BYTES,
    idempotency: { store: observedStore(createMemoryIdempotencyStore(), current) },
    onUnknown: async (event) => {
      const pending = current.getStore();
      if (!pending) return;
      pending.unknown = true;
      pending.event = { type: event.type, version: event.version };
      await relay(pending);
    },
  });
  receiver.onError((error) => {
    const pending = current.getStore();
    if (pending && !pending.error) {
      pending.error = {
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      };
    }
  });
  receiver.onAny(async (received) => {
    const pending = current.getStore();
    if (!pending) return;
    // The table is built at run time, so the receiver has no EventMap to type events with.
    const event = received as unknown as { id: string; type: string; version: number };
    pending.event = { type: event.type, version: event.version, id: event.id };
    await relay(pending);
  });

  async function relay(pending: Pending): Promise<void> {
    if (options.forward === undefined) return;
    pending.forward = await forwardRequest(options.forward, pending.bytes, pending.headers);
    // A failed app must not mark the id processed: the sender's retry is relayed again.
    if (!('status' in pending.forward) || pending.forward.status < 200 || pending.forward.status > 299) {
      throw new Error('the forward target did not accept the request');
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readLimited(req, MAX_BODY_BYTES);
    const headers = plainHeaders(req);
    const pending: Pending = { bytes, headers, duplicate: false, unknown: false };
    const answer = await current.run(pending, () =>
      receiver.handle({ method: req.method ?? 'GET', headers, body: bytes }),
    );
    const record = describe(pending, answer, options.table);
    const forwarded = pending.forward;
    if (forwarded && 'status' in forwarded) {
      res.writeHead(forwarded.status, appHeaders(forwarded.headers)).end(forwarded.body);
    } else if (forwarded) {
      const error = { code: 'FORWARD_FAILED', message: forwarded.error };
      res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
    } else {
      res.writeHead(answer.status, answer.headers).end(answer.body ?? undefined);
    }
    count(summary, record);
    options.onDelivery(record);
  }

  const server = createServer((req, res) => {
    // Reached when the client goes away mid-body, or a bug: reported and counted, never a crash.
    onRequest(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500).end();
      const message = error instanceof Error ? error.message : String(error);
      const record: DeliveryRecord = { verdict: 'rejected', status: 500, code: 'INTERNAL_ERROR', message };
      count(summary, record);
      options.onDelivery(record);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    summary: () => structuredClone(summary),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // A request still in flight (a slow --forward app) gets a moment, then its connection is cut.
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}

function describe(pending: Pending, answer: ReceiverResponse, table: EventTable): DeliveryRecord {
  const header = deliveryHeader(table);
  const { id: eventId, ...event } = pending.event ?? {};
  const id = eventId ?? pending.claimed ?? (header === undefined ? undefined : pending.headers[header]);
  // A rejected envelope still says what it claimed to be; a bare payload names itself only through
  // the wire format's parts, which the receiver did not get to read.
  const seen = pending.event ? event : table.wire?.body === 'payload' ? {} : peekEvent(pending.bytes);
  const base = { ...(id === undefined ? {} : { id }), ...seen };
  const forward = pending.forward ? { forward: pending.forward } : {};
  if (
    pending.forward &&
    !('status' in pending.forward && pending.forward.status < 300 && pending.forward.status >= 200)
  ) {
    const status = 'status' in pending.forward ? pending.forward.status : 502;
    const message = 'status' in pending.forward ? `the app answered ${status}` : pending.forward.error;
    return { ...base, verdict: 'rejected', status, code: 'FORWARD_FAILED', message, ...forward };
  }
  if (answer.status >= 300 || pending.error) {
    const error = pending.error ?? { code: `HTTP_${answer.status}`, message: answer.body ?? '' };
    return { ...base, verdict: 'rejected', status: answer.status, ...error, ...forward };
  }
  const status = pending.forward && 'status' in pending.forward ? pending.forward.status : answer.status;
  const verdict = pending.duplicate ? 'duplicate' : pending.unknown ? 'unknown' : 'accepted';
  return { ...base, verdict, status, ...forward };
}

/** The header carrying the delivery id in the table's wire format; undefined when it is in the body. */
function deliveryHeader(table: EventTable): string | undefined {
  const part = table.wire?.parts.deliveryId;
  if (part === undefined) return 'webhook-id';
  return part.source === 'header' ? part.name : undefined;
}

function count(summary: ListenSummary, record: DeliveryRecord): void {
  summary.received++;
  if (record.verdict === 'rejected') {
    const code = record.code ?? `HTTP_${record.status}`;
    summary.rejected[code] = (summary.rejected[code] ?? 0) + 1;
  } else summary[record.verdict]++;
}

/** The memory store, noting in the request's state when a `webhook-id` was already processed. */
function observedStore(store: IdempotencyStore, current: AsyncLocalStorage<Pending>): IdempotencyStore {
  return {
    claim(id, leaseMs) {
      const result = store.claim(id, leaseMs);
      const note = (value: Awaited<typeof result>) => {
        const pending = current.getStore();
        if (pending) pending.claimed = id;
        if (pending && value === 'processed') pending.duplicate = true;
        return value;
      };
      return typeof result === 'string' ? note(result) : result.then(note);
    },
    complete: (id, ttlMs) => store.complete(id, ttlMs),
    release: (id) => store.release(id),
  };
}

/** The app's headers minus those that described its own connection and framing. */
function appHeaders(headers: Record<string, string>): Record<string, string> {
  const {
    'content-length': _length,
    'transfer-encoding': _encoding,
    connection: _connection,
    ...rest
  } = headers;
  return rest;
}
