/**
 * The SSRF guard's decisions, shared by the transports: is this URL allowed at all, and which of a
 * host's resolved addresses may be connected to.
 */
import { blockedRange, parseIp } from './address-policy.js';
import { HttpsRequiredError, SsrfRefusedError } from './errors.js';
import type { GuardOptions, ResolvedAddress } from './transport.js';

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Throws for a URL refused before any lookup: `http:` under `requireHttps`, a blocked IP literal. */
export function checkUrl(url: URL, guard: GuardOptions): void {
  if (guard.requireHttps && url.protocol !== 'https:') throw new HttpsRequiredError(url.href);
  const host = hostOf(url);
  if (!guard.allowPrivateNetworks && parseIp(host)) checkAddress(host, host);
}

/** Throws `SsrfRefusedError` when `address` (what `hostname` resolved to) is internal. */
export function checkAddress(hostname: string, address: string): void {
  const blocked = blockedRange(address);
  if (blocked) throw new SsrfRefusedError(hostname, address, blocked);
}

/**
 * The addresses that may be connected to: all of them when private networks are allowed, otherwise
 * only public ones; throws `SsrfRefusedError` (naming the first refused address) when none is left.
 */
export function allowedAddresses(
  hostname: string,
  addresses: readonly ResolvedAddress[],
  guard: GuardOptions,
): ResolvedAddress[] {
  if (guard.allowPrivateNetworks) return [...addresses];
  const allowed = addresses.filter(({ address }) => blockedRange(address) === undefined);
  const first = addresses[0];
  if (allowed.length === 0 && first) checkAddress(hostname, first.address);
  return allowed;
}
