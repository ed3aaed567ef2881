import { readFile } from 'node:fs/promises';
import { exampleFor, type Generator, prepareTrigger, sendTrigger } from '@hookwright/compiler';
import type { Command } from 'commander';
import { formatExchange } from '../devtools/format-exchange.js';
import { failWith, loadEventTable } from '../devtools/load-table.js';
import { collect, integerIn } from '../devtools/parse-flags.js';
import { CliExit, type CliIo } from '../io.js';
import type { SettingsFlags } from '../settings.js';
import { addLoadFlags } from './load-options.js';

interface TriggerFlags extends SettingsFlags {
  url: string;
  secret: string;
  example?: string;
  data?: string;
  repeat: number;
  header?: string[];
  json?: boolean;
  timeout: number;
}

const positiveInt = integerIn(1, Number.MAX_SAFE_INTEGER);

export function registerTrigger(program: Command, io: CliIo, generator: () => Generator): void {
  addLoadFlags(
    program
      .command('trigger')
      .description(
        'send one signed test event to a URL and print the request and the answer (exit 0 on 2xx). ' +
          'Loopback and private addresses are allowed: this is a developer tool, not the SSRF-guarded sender',
      )
      .argument('<document>', 'AsyncAPI entry document, YAML or JSON')
      .argument('<event>', 'event type (its latest version) or type@version, e.g. order.created@2')
      .requiredOption('--url <url>', 'receiver URL (http or https; localhost and private addresses allowed)')
      .requiredOption(
        '--secret <secret>',
        "signing secret: whsec_... (Standard Webhooks), or the provider's secret text for GitHub/Stripe-scheme contracts",
      )
      .option('--example <name>', "send the contract's example with this name (default: its first example)")
      .option('--data <file>', 'send this JSON payload instead (- reads stdin); validated before sending')
      .option('--repeat <n>', 'send N events, each with its own webhook-id', positiveInt, 1)
      .option('--header <name=value>', 'add or override a request header (repeatable)', collect)
      .option('--timeout <ms>', 'give up on an answer after this many milliseconds', positiveInt, 15_000)
      .option('--json', 'print one JSON object per request: request, response, durationMs, ok'),
  ).action(async (document: string, event: string, flags: TriggerFlags) => {
    if (flags.example !== undefined && flags.data !== undefined) {
      io.stderr('hookwright: pass --example or --data, not both\n');
      throw new CliExit(2);
    }
    const headers = parseHeaders(io, flags.header ?? []);
    const { contract, table } = await loadEventTable(io, generator(), document, flags);
    let ok = true;
    try {
      const def = table.resolve(event);
      const payload =
        flags.data === undefined
          ? exampleFor(contract, def.id, flags.example)
          : { value: await readData(io, flags.data) };
      const label = 'name' in payload && payload.name ? `${def.id} (example "${payload.name}")` : def.id;
      for (let i = 0; i < flags.repeat; i++) {
        const request = await prepareTrigger({
          table,
          event: def.id,
          data: payload.value,
          ...('headers' in payload && payload.headers ? { messageHeaders: payload.headers } : {}),
          url: flags.url,
          secret: flags.secret,
          headers,
        });
        const result = await sendTrigger(request, { timeoutMs: flags.timeout });
        const success = result.response.status >= 200 && result.response.status < 300;
        ok &&= success;
        io.stdout(
          flags.json
            ? `${JSON.stringify({ event: def.id, ...result, ok: success })}\n`
            : formatExchange(result, label, io.isTTY),
        );
      }
    } catch (error) {
      if (error instanceof CliExit) throw error;
      if (error instanceof Error && 'issues' in error && Array.isArray(error.issues)) {
        io.stderr(`hookwright: ${error.message}; nothing was sent\n`);
        for (const issue of error.issues as { pointer: string; message: string }[]) {
          io.stderr(`  ${issue.pointer || '/'} ${issue.message}\n`);
        }
        throw new CliExit(1);
      }
      throw failWith(io, error);
    }
    if (!ok) throw new CliExit(1);
  });
}

function parseHeaders(io: CliIo, pairs: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) {
      io.stderr(`hookwright: --header expects name=value, got "${pair}"\n`);
      throw new CliExit(2);
    }
    headers[pair.slice(0, at).trim().toLowerCase()] = pair.slice(at + 1);
  }
  return headers;
}

async function readData(io: CliIo, source: string): Promise<unknown> {
  const text = source === '-' ? await readStdin() : await readFile(source, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    io.stderr(`hookwright: --data ${source} is not JSON: ${(error as Error).message}\n`);
    throw new CliExit(1);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
