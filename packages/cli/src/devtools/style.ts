/** ANSI styling for terminal output; a no-op when colour is off (not a TTY, or NO_COLOR set). */
export interface Style {
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
const plain = (text: string) => text;

/** Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function createStyle(isTTY: boolean | undefined): Style {
  const on = isTTY === true && !process.env.NO_COLOR;
  if (!on) return { green: plain, yellow: plain, red: plain, dim: plain, bold: plain };
  return {
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

/** Green for 2xx, yellow for 3xx, red otherwise. */
export function statusColour(style: Style, status: number): (text: string) => string {
  if (status >= 200 && status < 300) return style.green;
  if (status >= 300 && status < 400) return style.yellow;
  return style.red;
}
