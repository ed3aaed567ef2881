import { yieldToParserThread } from '@hookwright/compiler';

/** Set to `off` to keep the main thread's priority during a one-shot generate. */
export const YIELD_TO_PARSER_ENV = 'HOOKWRIGHT_YIELD_TO_PARSER';

/**
 * A one-shot generate lets the parser's worker thread run before its own main thread
 * (`yieldToParserThread`: the parser is the critical path, the main thread's work ends first),
 * unless `HOOKWRIGHT_YIELD_TO_PARSER=off`.
 */
export function preferParserThread(env: NodeJS.ProcessEnv = process.env): void {
  if (env[YIELD_TO_PARSER_ENV]?.trim().toLowerCase() !== 'off') yieldToParserThread();
}
