/**
 * The SSRF guard. Host names are resolved by an injected resolver, so no test touches real DNS, and
 * every address the tests use is on loopback: if the guard failed, the request would reach the local
 * test server, which counts what it receives.
 */
import { lookup as dnsLookup } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { blockedRange, parseIp } from '../../src/sender/address-policy.js';
import { systemClock } from '../../src/sender/clock.js';
import { allowedAddresses, checkAddress } from '../../src/sender/guard.js';
import { ConnectionPool } from '../../src/sender/http1/connection-pool.js';
import { InvalidEndpointError, type Resolver, SsrfRefusedError } from '../../src/sender/node.js';
import { SECRET } from './support/contract.js';
import { waitFor } from './support/fake-clock.js';
import { useLoopback } from './support/loopback.js';
import { recordingSender } from './support/recording-sender.js';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['2002:7f00:1::', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['not-an-ip', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(blockedRange(address)?.kind).toBe(kind);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('%s is public', (address) => {
    expect(blockedRange(address)).toBeUndefined();
  });

  it('keeps only the public addresses of a mixed answer, and refuses an answer with none', () => {
    const guard = { allowPrivateNetworks: false, requireHttps: false };
    const mixed = [
      { address: '127.0.0.1', family: 4 as const },
      { address: '93.184.215.14', family: 4 as const },
      { address: 'fd00::1', family: 6 as const },
    ];
    expect(allowedAddresses('h.test', mixed, guard)).toEqual([{ address: '93.184.215.14', family: 4 }]);
    expect(allowedAddresses('h.test', mixed, { ...guard, allowPrivateNetworks: true })).toEqual(mixed);
    expect(() => allowedAddresses('h.test', [mixed[0] as (typeof mixed)[0]], guard)).toThrow(
      SsrfRefusedError,
    );
  });

  it('parses only well-formed addresses', () => {
    expect(parseIp('1.2.3.4')).toEqual([1, 2, 3, 4]);
    for (const bad of ['1.2.3', '1.2.3.256', '01.2.3.4', '1::2::3', ':::', '12345::', 'example.com']) {
      expect(parseIp(bad), bad).toBeUndefined();
    }
  });
});

describe('SSRF guard in the sender', () => {
  const loop = useLoopback();

  /** A sender whose only endpoint is `http://hooks.customer.test:<port>/`, resolved by `resolve`. */
  const viaHostName = (resolve: Resolver, extra = {}) => {
    loop.run = recordingSender({
      endpoints: [{ id: 'ep_1', url: `http://hooks.customer.test:${loop.server.port}/hook`, secret: SECRET }],
      allowPrivateNetworks: false,
      resolve,
      ...extra,
    });
    return loop.run;
  };

  it.each([
    ['127.0.0.1', 4, 'loopback address (127.0.0.0/8)'],
    ['::1', 6, 'loopback address (::1/128)'],
    ['::ffff:127.0.0.1', 6, 'loopback address (127.0.0.0/8)'],
    ['169.254.169.254', 4, 'link-local address (169.254.0.0/16)'],
  ] as const)(
    'a host name resolving to %s is refused with a clear error, without retry',
    async (address, family, what) => {
      const { sender, dead, attempts } = viaHostName(async () => [{ address, family }]);
      await sender.send('invoice.paid', { invoice: 'in_1' });
      await waitFor(() => dead.length === 1, 'the refused delivery');
      expect(attempts).toHaveLength(1);
      const error = attempts[0]?.attempt.error;
      expect(error?.code).toBe('SSRF_REFUSED');
      expect(error?.message).toContain(`hooks.customer.test (resolved to ${address}): ${what}`);
      expect(error?.message).toContain('allowPrivateNetworks: true');
      expect(dead[0]?.reason).toMatch(/^failed without retry: SSRF_REFUSED/);
      expect(loop.server.seen).toEqual([]);
    },
  );

  it('delivers to the same host name with allowPrivateNetworks: true', async () => {
    const { sender, delivered } = viaHostName(async () => [{ address: '127.0.0.1', family: 4 }], {
      allowPrivateNetworks: true,
    });
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await waitFor(() => delivered.length === 1, 'the allowed delivery');
    expect(loop.server.seen).toHaveLength(1);
  });

  it('asks the resolver again for every new connection: no answer outlives its check', async () => {
    let calls = 0;
    const resolve: Resolver = async () => {
      calls++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const { sender, dead } = viaHostName(resolve);
    await sender.send('invoice.paid', { invoice: 'in_1' });
    await sender.send('invoice.paid', { invoice: 'in_2' });
    await waitFor(() => dead.length === 2, 'both refused');
    expect(calls).toBe(2);
    expect(loop.server.seen).toEqual([]);
  });

  it('checks the address a socket actually connected to, whatever resolved it', async () => {
    // A pool whose lookup does no checking, as if a resolution slipped past ours: the connect-time check
    // still refuses, before a byte of a request is written.
    const pool = new ConnectionPool({
      maxSockets: 1,
      lookup: dnsLookup,
      clock: systemClock,
      checkConnected: (hostname, address) => checkAddress(hostname, address),
    });
    const error = await new Promise<Error | undefined>((resolve) => {
      pool.acquire(
        { secure: false, hostname: 'localhost', port: loop.server.port },
        {
          connected: () => resolve(new Error('the connection was handed out')),
          received: () => undefined,
          closed: resolve,
        },
      );
    });
    pool.destroy();
    expect(error).toBeInstanceOf(SsrfRefusedError);
    expect(error?.message).toMatch(/localhost \(resolved to (127\.0\.0\.1|::1)\): loopback address/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loop.server.seen).toEqual([]);
  });

  it('refuses internal IP literals and http under requireHttps when the sender is created', () => {
    const make =
      (url: string, extra = {}) =>
      () =>
        recordingSender({
          endpoints: [{ id: 'ep_x', url, secret: SECRET }],
          allowPrivateNetworks: false,
          ...extra,
        });
    expect(make('http://127.0.0.1:8080/')).toThrow(InvalidEndpointError);
    expect(make('http://[::1]/')).toThrow(/endpoint "ep_x": refused to connect to ::1: loopback/);
    expect(make('http://[::ffff:a9fe:a9fe]/')).toThrow(/link-local address \(169\.254\.0\.0\/16\)/);
    expect(make('http://169.254.169.254/latest/meta-data/')).toThrow(/link-local/);
    expect(make('http://hooks.customer.test/', { requireHttps: true })).toThrow(
      /is not https: requireHttps is on/,
    );
  });
});
