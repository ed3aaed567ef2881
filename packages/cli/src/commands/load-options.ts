import type { Command } from 'commander';

export interface LoadFlags {
  allowRemoteRefs?: boolean;
  acceptReceive?: boolean;
  name?: string;
}

/** Flags shared by every command that reads a contract. */
export function addLoadFlags(command: Command): Command {
  return command
    .option('--allow-remote-refs', 'follow http(s) $refs (refused by default)')
    .option(
      '--accept-receive',
      "accept a document written from the consumer's side (only receive operations)",
    )
    .option('--name <name>', 'package base name (default: slug of info.title)');
}

export function loadOptions(flags: LoadFlags): {
  allowRemoteRefs: boolean;
  acceptReceive: boolean;
  name?: string;
} {
  return {
    allowRemoteRefs: flags.allowRemoteRefs === true,
    acceptReceive: flags.acceptReceive === true,
    ...(flags.name === undefined ? {} : { name: flags.name }),
  };
}
