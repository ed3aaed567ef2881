/**
 * Keep-alive connections per origin (scheme, host, port), at most `maxSockets` each, for one request
 * at a time per connection. A connection is handed out only once it has connected (and, for https,
 * finished its handshake) and the address it reached has passed `checkConnected`: no byte of a request
 * is written to an address the SSRF guard refuses, whatever resolved the name. Idle connections do not
 * keep the process alive (as Node's keep-alive agent), one the server closes leaves the pool, and one
 * left idle past its limit is closed (see {@link idleLimitMs}).
 */
import { type LookupFunction, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Deadline, type DeadlineClock, Deadlines } from '../../timers/deadlines.js';
import { ConnectionClosedError } from './errors.js';

/** How long a connection may sit idle when the server gave no `Keep-Alive: timeout` hint. */
export const DEFAULT_IDLE_MS = 4000;
/** The longest a hint may keep a connection idle. */
export const MAX_IDLE_MS = 600_000;

/**
 * How long a connection may stay idle before it is closed rather than reused. With a hint, as Node's
 * agent does: a second less than the server's timeout (none at all for a hint of 1 s or less), so a
 * request never goes out on a connection the server is closing. Without one, a few seconds, as
 * undici does: many servers close idle connections after 5 s without saying so, and a sender that
 * delivers to thousands of endpoints must not hold a socket open to each of them for ever.
 */
export function idleLimitMs(keepAliveMs: number | undefined, defaultMs = DEFAULT_IDLE_MS): number {
  return keepAliveMs === undefined ? defaultMs : Math.min(keepAliveMs - 1000, MAX_IDLE_MS);
}

/** Where connections go. One object per origin: pools are keyed by identity. */
export interface Origin {
  secure: boolean;
  /** Host name or IP literal, without IPv6 brackets. */
  hostname: string;
  port: number;
}

/** The request a connection serves: it hears of the connection, the bytes that arrive, and the end. */
export interface ConnectionUser {
  /** The connection is ready: write the request. */
  connected(connection: Connection): void;
  received(chunk: Buffer): void;
  /** The connection failed (`error`) or the server closed it while this user held it. */
  closed(error: Error | undefined): void;
}

export interface PoolOptions {
  /** Connections per origin. */
  maxSockets: number;
  /** Resolves host names (the SSRF guard's lookup). */
  lookup: LookupFunction;
  /** Throws when a socket connected to an address that must not be used. */
  checkConnected(hostname: string, address: string): void;
  /** Certificate authorities trusted for https instead of Node's (tests: a self-signed certificate). */
  ca?: string | Buffer | undefined;
  /** The clock idle limits run on (the sender's). */
  clock: DeadlineClock;
  /** Idle limit without a server hint (default {@link DEFAULT_IDLE_MS}). */
  idleMs?: number | undefined;
}

/** A pooled connection; while idle, listed with its idle limit as deadline. */
export class Connection extends Deadline {
  /** Who holds it; undefined while idle or connecting for nobody. */
  user: ConnectionUser | undefined;
  /**
   * Requests it has answered (its users count them): a request on a connection that answered before
   * may meet the server closing it as an idle one, and can be sent again on another.
   */
  answered = 0;

  constructor(
    readonly socket: Socket,
    readonly slot: OriginSlot,
    user: ConnectionUser,
  ) {
    super();
    this.user = user;
  }

  /** Idle past its limit: closed; the socket's 'close' takes it out of the pool. */
  expire(): void {
    this.socket.destroy();
  }
}

/** One origin's connections. */
class OriginSlot {
  /** Most recently used last: the warmest connection is reused first. */
  readonly idle: Connection[] = [];
  readonly waiting: ConnectionUser[] = [];
  open = 0;
  /** The last TLS session the server offered: a new connection resumes it (as Node's https agent does). */
  tlsSession: Buffer | undefined = undefined;

  constructor(readonly origin: Origin) {}
}

export class ConnectionPool {
  private readonly slots = new Map<Origin, OriginSlot>();
  private readonly all = new Set<Connection>();
  private readonly idleDeadlines: Deadlines;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.idleDeadlines = new Deadlines(options.clock);
  }

  /** Gives `user` a connection to `origin` now, when one opens, or when one is released. */
  acquire(origin: Origin, user: ConnectionUser): void {
    let slot = this.slots.get(origin);
    if (slot === undefined) {
      slot = new OriginSlot(origin);
      this.slots.set(origin, slot);
    }
    let idle = slot.idle.pop();
    // A connection the server is about to drop (its Keep-Alive timeout) would fail with ECONNRESET
    // mid-request; the idle timer may not have fired yet when its limit has passed.
    const now = this.options.clock.now();
    while (idle !== undefined && (idle.socket.destroyed || idle.deadlineAt <= now)) {
      this.idleDeadlines.remove(idle);
      idle.socket.destroy();
      idle = slot.idle.pop();
    }
    if (idle !== undefined) {
      this.idleDeadlines.remove(idle);
      idle.user = user;
      idle.socket.ref();
      user.connected(idle);
    } else if (this.closed) {
      user.closed(new ConnectionClosedError('the transport is closed'));
    } else if (slot.open < this.options.maxSockets) {
      this.open(slot, user);
    } else {
      slot.waiting.push(user);
    }
  }

  /**
   * `user` no longer wants the connection it is waiting for (its attempt timed out): out of the queue,
   * and a connection still connecting for it is abandoned, as destroying a pending `http.request`
   * does, so a host that never answers SYNs cannot hold the origin's sockets for the OS's connect
   * timeout. Rare, so a scan is fine.
   */
  cancel(origin: Origin, user: ConnectionUser): void {
    const waiting = this.slots.get(origin)?.waiting;
    const index = waiting?.indexOf(user) ?? -1;
    if (index >= 0) waiting?.splice(index, 1);
    for (const connection of this.all) {
      if (connection.user !== user) continue;
      connection.user = undefined;
      connection.socket.destroy();
    }
  }

  /**
   * The user is done with `connection`: kept for the next request when `reusable`, closed otherwise.
   * `keepAliveMs` is the server's `Keep-Alive: timeout` hint, which sets the idle limit
   * ({@link idleLimitMs}).
   */
  release(connection: Connection, reusable: boolean, keepAliveMs?: number): void {
    connection.user = undefined;
    const idleMs = idleLimitMs(keepAliveMs, this.options.idleMs);
    if (!reusable || idleMs <= 0 || this.closed || connection.socket.destroyed) {
      connection.socket.destroy();
      return;
    }
    const next = connection.slot.waiting.shift();
    if (next !== undefined) {
      connection.user = next;
      next.connected(connection);
      return;
    }
    connection.socket.unref();
    connection.slot.idle.push(connection);
    this.idleDeadlines.add(connection, idleMs);
  }

  /** Closes every connection, in use or idle; requests waiting for one fail. */
  destroy(): void {
    this.closed = true;
    this.idleDeadlines.stop();
    for (const connection of this.all) connection.socket.destroy();
    for (const slot of this.slots.values()) {
      for (const user of slot.waiting.splice(0))
        user.closed(new ConnectionClosedError('the transport is closed'));
    }
  }

  private open(slot: OriginSlot, user: ConnectionUser): void {
    const { origin } = slot;
    const options = { host: origin.hostname, port: origin.port, lookup: this.options.lookup };
    const socket: Socket = origin.secure
      ? tlsConnect({
          ...options,
          servername: isIp(origin.hostname) ? undefined : origin.hostname,
          ...(this.options.ca === undefined ? {} : { ca: this.options.ca }),
          ...(slot.tlsSession === undefined ? {} : { session: slot.tlsSession }),
        })
      : netConnect(options);
    const connection = new Connection(socket, slot, user);
    slot.open++;
    this.all.add(connection);
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1000);
    socket.once('connect', () => {
      try {
        this.options.checkConnected(origin.hostname, socket.remoteAddress ?? '');
      } catch (error) {
        socket.destroy(error as Error);
        return;
      }
      if (!origin.secure) this.ready(connection);
    });
    if (origin.secure) {
      socket.once('secureConnect', () => this.ready(connection));
      socket.on('session', (session: Buffer) => {
        slot.tlsSession = session;
      });
    }
    socket.on('data', (chunk: Buffer) => {
      if (connection.user) connection.user.received(chunk);
      else socket.destroy(); // bytes nobody asked for: the connection's framing is lost
    });
    const closed = (error: Error | undefined) => {
      const { user } = connection;
      connection.user = undefined;
      user?.closed(error);
    };
    socket.on('error', closed);
    socket.on('end', () => {
      closed(undefined);
      // The server closed its side: an idle connection must not be handed out before 'close' removes it.
      socket.destroy();
    });
    socket.on('close', () => {
      closed(undefined);
      this.idleDeadlines.remove(connection);
      this.all.delete(connection);
      slot.open--;
      const index = slot.idle.indexOf(connection);
      if (index >= 0) slot.idle.splice(index, 1);
      const next = slot.waiting.shift();
      if (next !== undefined) this.acquire(origin, next);
    });
  }

  private ready(connection: Connection): void {
    const { user } = connection;
    if (user) user.connected(connection);
    else this.release(connection, true);
  }
}

function isIp(hostname: string): boolean {
  return /^[\d.]+$/.test(hostname) || hostname.includes(':');
}
