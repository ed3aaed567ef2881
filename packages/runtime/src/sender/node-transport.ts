/**
 * The Node transport: `node:http`/`node:https` with keep-alive agents, no redirects, and an SSRF guard
 * that checks the address each connection actually reaches.
 *
 * The guard works at two points, so DNS rebinding cannot slip through:
 * 1. The agents resolve host names through our `lookup`, which asks the resolver once and hands the
 *    socket only addresses the policy allows. The connection goes to an address that was checked; no
 *    second resolution happens between the check and the connect.
 * 2. Every new socket checks `remoteAddress` on `connect` and is destroyed if it is internal, which
 *    also covers IP literals and anything that connected without our lookup.
 * Keep-alive sockets are reused only for the same host and port, and were checked when they connected.
 */

import { lookup as dnsLookup } from 'node:dns/promises';
import {
  type ClientRequest,
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import type { Timers } from './clock.js';
import { failure } from './failure.js';
import { allowedAddresses, checkAddress, checkUrl, hostOf } from './guard.js';
import {
  type GuardOptions,
  RESPONSE_BODY_LIMIT,
  RESPONSE_DRAIN_LIMIT,
  type ResolvedAddress,
  type Resolver,
  type Transport,
  type TransportRequest,
  type TransportResult,
} from './transport.js';

export interface NodeTransportOptions extends GuardOptions {
  /** Resolves host names; default `dns.lookup` with every address. Inject one in tests. */
  resolve?: Resolver;
  /** Sockets per host and port (default 50). */
  maxSockets?: number;
  timers: Timers;
}

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/**
 * Creates the transport. One per sender: its agents keep connections open between attempts.
 *
 * @example
 * const transport = createNodeTransport({ allowPrivateNetworks: false, requireHttps: true, timers });
 */
export function createNodeTransport(options: NodeTransportOptions): Transport {
  const guard: GuardOptions = {
    allowPrivateNetworks: options.allowPrivateNetworks,
    requireHttps: options.requireHttps,
  };
  const resolve = options.resolve ?? systemResolver;
  const { timers } = options;

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

  const guardSocket = connectedAddressGuard(guard);
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 50, lookup };
  const http = guarded(new HttpAgent(agentOptions), guardSocket);
  const https = guarded(new HttpsAgent(agentOptions), guardSocket);
  // Request options per URL, computed once: parsing a URL into options on every attempt shows in profiles.
  const targets = new Map<string, Target>();
  const targetOf = (url: URL): Target => {
    let target = targets.get(url.href);
    if (!target) {
      const secure = url.protocol === 'https:';
      target = {
        send: secure ? httpsRequest : httpRequest,
        agent: secure ? https : http,
        hostname: hostOf(url),
        port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
        path: `${url.pathname}${url.search}`,
        ...(url.username || url.password
          ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` }
          : {}),
      };
      targets.set(url.href, target);
    }
    return target;
  };

  return {
    send(request) {
      try {
        checkUrl(request.url, guard);
      } catch (error) {
        return Promise.resolve(failure(error));
      }
      return post(request, targetOf(request.url), timers);
    },
    close() {
      http.destroy();
      https.destroy();
    },
  };
}

/**
 * Checks the address a new socket connected to and destroys the socket (with `SsrfRefusedError`) when
 * it is internal: the check that holds whatever resolution happened before.
 */
export function connectedAddressGuard(guard: GuardOptions): (socket: Socket, hostname: string) => void {
  return (socket, hostname) => {
    if (guard.allowPrivateNetworks) return;
    socket.once('connect', () => {
      try {
        checkAddress(hostname, socket.remoteAddress ?? '');
      } catch (error) {
        socket.destroy(error as Error);
      }
    });
  };
}

/** Makes every new socket of `agent` pass `guardSocket` (wrapping the documented `createConnection`). */
export function guarded<A extends HttpAgent>(
  agent: A,
  guardSocket: (socket: Socket, hostname: string) => void,
): A {
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (options, callback) => {
    const socket = create(options, callback);
    if (socket) guardSocket(socket as Socket, options.hostname ?? options.host ?? '');
    return socket;
  };
  return agent;
}

/** Where one endpoint URL's requests go. */
interface Target {
  send: typeof httpRequest;
  agent: HttpAgent;
  hostname: string;
  port: number;
  path: string;
  auth?: string;
}

function post(request: TransportRequest, target: Target, timers: Timers): Promise<TransportResult> {
  const { headers, body, timeoutMs } = request;
  const { send, ...options } = target;
  return new Promise<TransportResult>((settle) => {
    let done = false;
    let req: ClientRequest | undefined;
    let response:
      | { status: number; location?: string; retryAfter?: string; chunks: Buffer[]; kept: number }
      | undefined;
    const finish = (result: TransportResult) => {
      if (done) return;
      done = true;
      timers.clearTimeout(timer);
      settle(result);
    };
    const answered = () => {
      if (!response) return undefined;
      const { chunks } = response;
      const text =
        chunks.length === 0 ? '' : Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8');
      const result: TransportResult = { kind: 'response', status: response.status, body: text };
      if (response.location !== undefined) result.location = response.location;
      if (response.retryAfter !== undefined) result.retryAfter = response.retryAfter;
      return result;
    };
    const timer = timers.setTimeout(() => {
      // The status decides the outcome: a receiver that answered and then trickles its body has answered.
      finish(answered() ?? { kind: 'error', code: 'TIMEOUT', message: `no answer within ${timeoutMs} ms` });
      req?.destroy();
    }, timeoutMs);
    // The headers object is this attempt's own (see TransportRequest), so it can take content-length.
    headers['content-length'] = String(Buffer.byteLength(body));
    req = send({ ...options, method: 'POST', headers });
    req.on('response', (res: IncomingMessage) => {
      const one = (name: string) => {
        const value = res.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      response = { status: res.statusCode ?? 0, chunks: [], kept: 0 };
      const location = one('location');
      const retryAfter = one('retry-after');
      if (location !== undefined) response.location = location;
      if (retryAfter !== undefined) response.retryAfter = retryAfter;
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (response && response.kept < RESPONSE_BODY_LIMIT) {
          response.chunks.push(chunk);
          response.kept += chunk.length;
        }
        // Draining a huge body would cost more than a new connection: drop this one instead.
        if (read > RESPONSE_DRAIN_LIMIT) {
          finish(answered() as TransportResult);
          res.destroy();
        }
      });
      res.on('end', () => finish(answered() as TransportResult));
      res.on('error', () => finish(answered() as TransportResult));
    });
    req.on('error', (error) => finish(answered() ?? failure(error)));
    req.end(body);
  });
}

/** Node's lookup options name the family as 4, 6, 'IPv4' or 'IPv6'. */
function familyNumber(family: number | string | undefined): number | undefined {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return typeof family === 'number' ? family : undefined;
}
