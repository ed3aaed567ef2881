import { type Generator, type ListenSummary, startListener } from '@hookwright/compiler';
import type { Command } from 'commander';
import { formatDelivery, formatSummary } from '../devtools/format-delivery.js';
import { failWith, loadEventTable } from '../devtools/load-table.js';
import { integerIn } from '../devtools/parse-flags.js';
import type { CliIo } from '../io.js';
import type { SettingsFlags } from '../settings.js';
import { addLoadFlags } from './load-options.js';

interface ListenFlags extends SettingsFlags {
  port: number;
  host: string;
  secret: string;
  forward?: string;
  json?: boolean;
}

export function registerListen(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('listen')
      .description(
        "run a local receiver on the runtime's pipeline: verify, validate and report every request until Ctrl-C, " +
          'then print a summary',
      )
      .argument('<document>', 'AsyncAPI entry document, YAML or JSON')
      .requiredOption(
        '--secret <secret>',
        "secret the sender signs with: whsec_... (Standard Webhooks), or the provider's secret text for GitHub/Stripe-scheme contracts",
      )
      .option('--port <port>', 'port to listen on (0 picks a free one)', integerIn(0, 65535), 4000)
      .option(
        '--host <address>',
        'address to bind; the default keeps the listener on this machine',
        '127.0.0.1',
      )
      .option('--forward <url>', 'relay accepted requests (same body bytes and headers) to this URL')
      .option('--json', 'print one JSON object per request, then one with the summary'),
  ).action(async (document: string, flags: ListenFlags) => {
    const { contract, table } = await loadEventTable(io, generator(), document, flags);
    let listener: Awaited<ReturnType<typeof startListener>>;
    try {
      listener = await startListener({
        table,
        secret: flags.secret,
        port: flags.port,
        host: flags.host,
        ...(flags.forward === undefined ? {} : { forward: flags.forward }),
        onDelivery: (record) => {
          const at = new Date();
          io.stdout(
            flags.json
              ? `${JSON.stringify({ time: at.toISOString(), ...record })}\n`
              : formatDelivery(record, at, io.isTTY),
          );
        },
      });
    } catch (error) {
      throw failWith(io, error);
    }
    const forwarding = flags.forward === undefined ? '' : `, forwarding to ${flags.forward}`;
    io.stderr(
      `listening on ${listener.url} for ${contract.name} (${table.definitions.size} events)${forwarding}; Ctrl-C to stop\n`,
    );
    await interrupted();
    await listener.close();
    const summary: ListenSummary = listener.summary();
    // On a terminal the line starts after the "^C" the terminal echoed.
    const text = flags.json ? `${JSON.stringify({ summary })}\n` : formatSummary(summary);
    io.stdout(io.isTTY && !flags.json ? `\n${text}` : text);
  });
}

/** Resolves on the first Ctrl-C (SIGINT) or SIGTERM, then stops listening for both. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
