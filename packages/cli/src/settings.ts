import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  type Diagnostic,
  type GenerateOptions,
  type IdentityOptions,
  loadConfig,
} from '@hookwright/compiler';
import type { LoadFlags } from './commands/load-options.js';

export interface SettingsFlags extends LoadFlags {
  config?: string;
  out?: string;
}

export interface Settings {
  document: string;
  out?: string;
  /** `docs` of the config file: `generate` also writes the catalog (flags --docs/--no-docs win). */
  docs?: boolean;
  options: GenerateOptions;
}

/**
 * Merges the config file (explicit `--config`, else `hookwright.config.*` in the working
 * directory) with command-line flags; flags win. Paths from the config are relative to it.
 */
export async function resolveSettings(
  document: string | undefined,
  flags: SettingsFlags,
): Promise<{ settings?: Settings; diagnostics: Diagnostic[] }> {
  const configPath = flags.config ?? CONFIG_FILE_NAMES.find((name) => existsSync(name));
  const loaded = configPath ? await loadConfig(configPath, displayPath(configPath)) : { diagnostics: [] };
  if (loaded.diagnostics.length > 0) return { diagnostics: loaded.diagnostics };
  const config = loaded.loaded?.config ?? {};
  const input = document ?? (config.input === undefined ? undefined : displayPath(config.input));
  if (input === undefined) {
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'no-input',
          message:
            'no AsyncAPI document given: pass it as an argument or set "input" in hookwright.config.json',
          file: configPath ?? '<command line>',
          line: 1,
          col: 1,
        },
      ],
    };
  }
  const out = flags.out ?? (config.out === undefined ? undefined : displayPath(config.out));
  const name = flags.name ?? config.name;
  const options: GenerateOptions = {
    allowRemoteRefs: flags.allowRemoteRefs ?? config.allowRemoteRefs ?? false,
    acceptReceive: flags.acceptReceive ?? config.acceptReceive ?? false,
    ...(name === undefined ? {} : { name }),
    ...(config.unknownKeywords === undefined ? {} : { unknownKeywords: config.unknownKeywords }),
    ...(config.wire === undefined ? {} : { wire: config.wire }),
    ...identityOf(flags, config.identity),
    packages: {
      ...(config.scope === undefined ? {} : { scope: config.scope }),
      ...(config.version === undefined ? {} : { version: config.version }),
      ...(config.sender?.name === undefined ? {} : { senderName: config.sender.name }),
      ...(config.receiver?.name === undefined ? {} : { receiverName: config.receiver.name }),
    },
  };
  const docs = config.docs === undefined ? {} : { docs: config.docs };
  return {
    settings: { document: input, ...(out === undefined ? {} : { out }), ...docs, options },
    diagnostics: [],
  };
}

/** Paths in messages are relative to the working directory, as the user would type them. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split('\\').join('/');
}

/** `identity` from the config, each field overridden by its flag; absent when nothing is set. */
function identityOf(flags: LoadFlags, config: IdentityOptions = {}): { identity?: IdentityOptions } {
  const identity: IdentityOptions = {
    ...config,
    ...(flags.eventTypeKey === undefined ? {} : { typeKeys: flags.eventTypeKey }),
    ...(flags.eventVersionKey === undefined ? {} : { versionKey: flags.eventVersionKey }),
  };
  return Object.keys(identity).length === 0 ? {} : { identity };
}
