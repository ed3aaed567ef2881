import type { Command } from 'commander';
import { ERRORS_SHOWN } from '../report.js';

export interface LoadFlags {
  allowRemoteRefs?: boolean;
  acceptReceive?: boolean;
  name?: string;
  eventTypeKey?: string[];
  eventVersionKey?: string;
  all?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Flags shared by every command that reads a contract; each overrides the config file. */
export function addLoadFlags(command: Command): Command {
  return command
    .option(
      '-c, --config <file>',
      'config file (default: hookwright.config.{json,yaml,yml} in the working directory)',
    )
    .option('--allow-remote-refs', 'follow http(s) $refs (refused by default)')
    .option(
      '--accept-receive',
      "accept a document written from the consumer's side (only receive operations)",
    )
    .option('--name <name>', 'package base name (default: slug of info.title)')
    .option(
      '--event-type-key <name>',
      'message extension naming the event type, instead of x-event-type (repeatable, first match wins)',
      collect,
    )
    .option(
      '--event-version-key <name>',
      'message extension holding the event version, instead of x-event-version',
    )
    .option('--all', `list every diagnostic (by default the list stops after ${ERRORS_SHOWN} errors)`);
}
