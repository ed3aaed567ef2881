import type { TriggerResult } from '@hookwright/compiler';
import { createStyle, statusColour } from './style.js';

/** Lines of a body shown on a terminal before "... N more lines". */
const TTY_BODY_LINES = 40;

/**
 * The request `trigger` sent and the answer it got. On a terminal bodies are pretty-printed JSON,
 * truncated, and statuses coloured; otherwise bodies are printed exactly as they went over the wire.
 */
export function formatExchange(result: TriggerResult, label: string, isTTY: boolean | undefined): string {
  const style = createStyle(isTTY);
  const { request, response } = result;
  const colour = statusColour(style, response.status);
  const lines = [
    style.bold(`> POST ${request.url}  ${label}`),
    ...headerLines(request.headers),
    '',
    body(request.body, isTTY),
    '',
    `${colour(style.bold(`< ${response.status}`))}  ${style.dim(`${result.durationMs.toFixed(1)} ms`)}`,
    ...headerLines(response.headers),
  ];
  if (response.body !== '') lines.push('', body(response.body, isTTY));
  return `${lines.join('\n')}\n`;
}

function headerLines(headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
}

function body(text: string, isTTY: boolean | undefined): string {
  if (!isTTY) return text;
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // Not JSON: show it as it came.
  }
  const lines = pretty.split('\n');
  if (lines.length <= TTY_BODY_LINES) return pretty;
  const more = lines.length - TTY_BODY_LINES;
  return [...lines.slice(0, TTY_BODY_LINES), `... ${more} more line${more === 1 ? '' : 's'}`].join('\n');
}
