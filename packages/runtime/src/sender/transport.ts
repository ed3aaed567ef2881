/**
 * What a transport does: POST one body to one URL within a time limit, never following redirects,
 * and report the answer or the error. The Node transport (`node-transport.ts`) adds keep-alive
 * connections and the SSRF guard on the connected address; the fetch transport (`fetch-transport.ts`)
 * runs anywhere `fetch` exists, with a weaker guard.
 */

export interface TransportRequest {
  url: URL;
  /**
   * Lower-case names, `content-type` included: the endpoint's and the message's headers, the same object
   * on every attempt where possible (the Node transport builds their part of the head once). Read-only.
   */
  headers: Readonly<Record<string, string>>;
  /** This attempt's signature headers; they win over `headers`. */
  signature: Readonly<Record<string, string>>;
  body: string;
  timeoutMs: number;
}

/** An HTTP answer. `body` holds at most the first {@link RESPONSE_BODY_LIMIT} bytes, as text. */
export interface TransportResponse {
  kind: 'response';
  status: number;
  location?: string;
  retryAfter?: string;
  body: string;
}

/**
 * No usable answer: `code` is `TIMEOUT`, `SSRF_REFUSED`, `HTTPS_REQUIRED`, `INVALID_HEADER`,
 * `BAD_RESPONSE` (an answer that is not HTTP/1.x), a Node error code (`ECONNRESET`) or `NETWORK_ERROR`.
 */
export interface TransportFailure {
  kind: 'error';
  code: string;
  message: string;
}

export type TransportResult = TransportResponse | TransportFailure;

export interface Transport {
  send(request: TransportRequest): Promise<TransportResult>;
  /** Closes idle keep-alive connections. */
  close(): void;
}

/** How much of a response body an attempt record keeps. */
export const RESPONSE_BODY_LIMIT = 1024;

/** How much of a response body is read at most (then the connection is dropped rather than drained). */
export const RESPONSE_DRAIN_LIMIT = 64 * 1024;

/** Codes of failures that a retry cannot fix: the attempt fails without retry. */
export const PERMANENT_FAILURES: ReadonlySet<string> = new Set([
  'SSRF_REFUSED',
  'HTTPS_REQUIRED',
  'INVALID_HEADER',
]);

/** A resolved address, as Node's `dns.lookup(..., { all: true })` answers. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to addresses (inject one in tests: no test needs real DNS). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Settings of the SSRF guard that every transport honours as far as it can. */
export interface GuardOptions {
  /** Allow loopback, private, link-local and other internal addresses (default false). */
  allowPrivateNetworks: boolean;
  /** Refuse `http:` endpoint URLs (default false). */
  requireHttps: boolean;
}
