import type { Contract } from '../../ir/contract.js';

/** What the config file (or flags) may say about the generated packages. */
export interface PackageSettings {
  /** npm scope, e.g. `@acme`. */
  scope?: string;
  /** Version of both packages; default: `info.version` when it is semver, else `0.0.0`. */
  version?: string;
  senderName?: string;
  receiverName?: string;
}

export interface ResolvedPackageNames {
  sender: string;
  receiver: string;
  /** Folder names under the output directory (unscoped). */
  senderDir: string;
  receiverDir: string;
  version: string;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * @example
 * resolvePackageNames(contract, { scope: '@acme' }).sender // '@acme/acme-shop-sender'
 */
export function resolvePackageNames(
  contract: Contract,
  settings: PackageSettings = {},
): ResolvedPackageNames {
  const scoped = (base: string) => (settings.scope ? `${settings.scope}/${base}` : base);
  const sender = settings.senderName ?? scoped(`${contract.name}-sender`);
  const receiver = settings.receiverName ?? scoped(`${contract.name}-receiver`);
  return {
    sender,
    receiver,
    senderDir: unscoped(sender),
    receiverDir: unscoped(receiver),
    version: settings.version ?? (SEMVER.test(contract.version) ? contract.version : '0.0.0'),
  };
}

function unscoped(name: string): string {
  return name.includes('/') ? name.slice(name.indexOf('/') + 1) : name;
}
