/**
 * The Node transport: keep-alive HTTP/1.1 over `node:net`/`node:tls` (`http1/`), no redirects, one
 * timer for every attempt's time limit (`../timers/deadlines.ts`), and an SSRF guard that checks the address
 * each connection actually reaches.
 *
 * Why not `node:http`: a webhook attempt needs one request on a kept-alive connection and three fields
 * of the answer. `http.request` builds a ClientRequest, an IncomingMessage stream, a header map and an
 * agent round-trip per request; written as one string and read by `http1/response-reader.ts`, the
 * same exchange costs a fraction of the CPU (scripts/bench/deliver/README.md).
 *
 * The guard works at two points, so DNS rebinding cannot slip through:
 * 1. Connections resolve host names through our `lookup`, which asks the resolver once and hands the
 *    socket only addresses the policy allows. The connection goes to an address that was checked; no
 *    second resolution happens between the check and the connect.
 * 2. Every new socket checks `remoteAddress` on `connect` and is destroyed if it is internal, before a
 *    byte of the request is written; this also covers IP literals and anything that connected
 *    without our lookup.
 * Keep-alive connections are reused only for the same scheme, host and port, and were checked when
 * they connected.
 */

import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { Deadline, Deadlines } from '../timers/deadlines.js';
import type { SenderClock } from './clock.js';
import { failure } from './failure.js';
import { allowedAddresses, checkAddress, checkUrl, hostOf } from './guard.js';
import {
  type Connection,
  ConnectionPool,
  type ConnectionUser,
  type Origin,
} from './http1/connection-pool.js';
import { ConnectionClosedError } from './http1/errors.js';
import { attemptFields, buildStaticHead, type RequestTarget, type StaticHead } from './http1/request-head.js';
import { ResponseReader } from './http1/response-reader.js';
import type {
  GuardOptions,
  ResolvedAddress,
  Resolver,
  Transport,
  TransportFailure,
  TransportRequest,
  TransportResult,
} from './transport.js';

export interface NodeTransportOptions extends GuardOptions {
  /** Resolves host names; default `dns.lookup` with every address. Inject one in tests. */
  resolve?: Resolver;
  /** Connections per scheme, host and port (default 50). */
  maxSockets?: number;
  /** Time and timers for the attempts' limits (tests: a fake clock). */
  clock: SenderClock;
  /** Certificate authorities trusted for https instead of Node's (tests: a self-signed certificate). */
  ca?: string | Buffer;
  /** How long a connection may stay idle when the server gave no Keep-Alive hint (default 4 s). */
  idleMs?: number;
}

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** Where one endpoint URL's requests go, worked out once per URL. */
interface Target extends RequestTarget {
  origin: Origin;
  /** Why every request to this URL is refused before connecting (SSRF, https required), if it is. */
  refused: TransportFailure | undefined;
  /** Constant head parts per headers object (an endpoint's headers are one object for all attempts). */
  heads: WeakMap<object, StaticHead>;
}

/**
 * Creates the transport. One per sender: its pool keeps connections open between attempts.
 *
 * @example
 * const transport = createNodeTransport({ allowPrivateNetworks: false, requireHttps: true, clock: systemClock });
 */
export function createNodeTransport(options: NodeTransportOptions): Transport {
  const guard: GuardOptions = {
    allowPrivateNetworks: options.allowPrivateNetworks,
    requireHttps: options.requireHttps,
  };
  const resolve = options.resolve ?? systemResolver;

  /** Picks the addresses to connect to; throws `SsrfRefusedError` when the policy leaves none. */
  const usableAddresses = async (hostname: string, family: number | undefined) => {
    const allowed = allowedAddresses(hostname, await resolve(hostname), guard);
    const usable = family === 4 || family === 6 ? allowed.filter((a) => a.family === family) : allowed;
    if (usable.length === 0) {
      throw Object.assign(new Error(`no usable address for ${hostname}`), { code: 'ENOTFOUND' });
    }
    return usable;
  };
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    usableAddresses(hostname, familyNumber(lookupOptions.family)).then(
      (usable) => {
        const [first] = usable as [ResolvedAddress];
        if (lookupOptions.all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };

  const pool = new ConnectionPool({
    maxSockets: options.maxSockets ?? 50,
    lookup,
    ca: options.ca,
    clock: options.clock,
    idleMs: options.idleMs,
    checkConnected: (hostname, address) => {
      if (!guard.allowPrivateNetworks) checkAddress(hostname, address);
    },
  });
  const deadlines = new Deadlines(options.clock);
  const origins = new Map<string, Origin>();
  const targets = new Map<string, Target>();
  const targetOf = (url: URL): Target => {
    let target = targets.get(url.href);
    if (target === undefined) {
      const secure = url.protocol === 'https:';
      const hostname = hostOf(url);
      const port = url.port === '' ? (secure ? 443 : 80) : Number(url.port);
      const originKey = `${url.protocol}//${hostname}:${port}`;
      let origin = origins.get(originKey);
      if (origin === undefined) {
        origin = { secure, hostname, port };
        origins.set(originKey, origin);
      }
      let refused: TransportFailure | undefined;
      try {
        checkUrl(url, guard);
      } catch (error) {
        refused = failure(error);
      }
      target = {
        origin,
        path: `${url.pathname}${url.search}`,
        host: url.host,
        auth:
          url.username || url.password
            ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
            : undefined,
        refused,
        heads: new WeakMap(),
      };
      targets.set(url.href, target);
    }
    return target;
  };

  return {
    send(request) {
      const target = targetOf(request.url);
      if (target.refused) return Promise.resolve(target.refused);
      let payload: string | Buffer[];
      try {
        payload = requestBytes(target, request);
      } catch (error) {
        return Promise.resolve(failure(error));
      }
      return new Promise<TransportResult>((settle) => {
        const exchange = new Exchange(pool, deadlines, target.origin, payload, request.timeoutMs, settle);
        deadlines.add(exchange, request.timeoutMs);
        pool.acquire(target.origin, exchange);
      });
    },
    close() {
      deadlines.stop();
      pool.destroy();
    },
  };
}

/** The request as written: one string when the head is ASCII (the common case), else latin1 head + body. */
function requestBytes(target: Target, request: TransportRequest): string | Buffer[] {
  const { headers, signature, body } = request;
  const signatureNames = Object.keys(signature).join(',');
  let head = target.heads.get(headers);
  if (head === undefined || head.signatureNames !== signatureNames) {
    head = buildStaticHead(target, headers, signatureNames);
    target.heads.set(headers, head);
  }
  const fields = attemptFields(signature, Buffer.byteLength(body));
  if (!head.latin1) return head.text + fields + body;
  return [Buffer.from(head.text + fields, 'latin1'), Buffer.from(body)];
}

/** One attempt's request and answer on a pooled connection; its own deadline node. */
class Exchange extends Deadline implements ConnectionUser {
  private connection: Connection | undefined;
  private readonly reader = new ResponseReader();
  private finished = false;
  /** Whether the connection had answered requests before this one (see `closed`). */
  private reused = false;
  private receivedAny = false;
  private resent = false;

  constructor(
    private readonly pool: ConnectionPool,
    private readonly deadlines: Deadlines,
    private readonly origin: Origin,
    private readonly payload: string | Buffer[],
    private readonly timeoutMs: number,
    private readonly settle: (result: TransportResult) => void,
  ) {
    super();
  }

  connected(connection: Connection): void {
    this.connection = connection;
    this.reused = connection.answered > 0;
    const { socket } = connection;
    if (typeof this.payload === 'string') socket.write(this.payload);
    else for (const part of this.payload) socket.write(part);
  }

  received(chunk: Buffer): void {
    this.receivedAny = true;
    let done: boolean;
    try {
      done = this.reader.feed(chunk);
    } catch (error) {
      this.finish(this.answered() ?? failure(error), false);
      return;
    }
    if (done) {
      const connection = this.connection as Connection;
      connection.answered++;
      const { socket } = connection;
      // Bytes of the request still unsent (the server answered early): the connection is not in a known state.
      this.finish(
        this.answered() as TransportResult,
        this.reader.reusable && socket.writableLength === 0,
        this.reader.head?.keepAliveMs,
      );
    }
  }

  closed(error: Error | undefined): void {
    if (this.reused && !this.receivedAny && !this.resent && !this.finished) {
      // A kept-alive connection closed under a request before a byte of answer came back: the server
      // dropped it as idle while the request was on its way (a timeout it did not announce, or the
      // race with one it did). Sent once more on another connection, within the same time limit, as
      // Node's agent does not and undici does for idempotent requests: a webhook is delivered at least
      // once anyway, and its webhook-id lets the receiver drop a copy it did process.
      this.resent = true;
      this.reused = false;
      this.connection = undefined;
      this.pool.acquire(this.origin, this);
      return;
    }
    // A body read until the server closes is complete now; a cut-short body still has its status.
    this.reader.end();
    this.finish(this.answered() ?? failure(error ?? new ConnectionClosedError()), false);
  }

  expire(): void {
    // The status decides the outcome: a receiver that answered and then trickles its body has answered.
    this.finish(
      this.answered() ?? { kind: 'error', code: 'TIMEOUT', message: `no answer within ${this.timeoutMs} ms` },
      false,
    );
  }

  private answered(): TransportResult | undefined {
    const head = this.reader.head;
    if (head === undefined) return undefined;
    const result: TransportResult = { kind: 'response', status: head.status, body: this.reader.body() };
    if (head.location !== undefined) result.location = head.location;
    if (head.retryAfter !== undefined) result.retryAfter = head.retryAfter;
    return result;
  }

  private finish(result: TransportResult, reusable: boolean, keepAliveMs?: number): void {
    if (this.finished) return;
    this.finished = true;
    this.deadlines.remove(this);
    if (this.connection === undefined) this.pool.cancel(this.origin, this);
    else this.pool.release(this.connection, reusable, keepAliveMs);
    this.settle(result);
  }
}

/** Node's lookup options name the family as 4, 6, 'IPv4' or 'IPv6'. */
function familyNumber(family: number | string | undefined): number | undefined {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return typeof family === 'number' ? family : undefined;
}
