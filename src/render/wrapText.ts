// Wraps terminal text to a width at spaces. A wrapped line keeps its indentation, and a line that
// starts with a marker (`> `, `1. `, `— `, `• `) continues aligned after it; quotes keep their
// `> ` on every line. A word longer than the width (a URL) gets a line of its own, unbroken.

/** The width when stdout is not a terminal (a pipe, a file, a test). */
export const DEFAULT_WIDTH = 100;
/** Narrower than this, wrapping makes text harder to read, not easier. */
const MIN_WIDTH = 40;

/** The width to wrap to: the terminal's, or DEFAULT_WIDTH when output is not a terminal. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? Math.max(MIN_WIDTH, stream.columns) : DEFAULT_WIDTH;
}

const LEAD = /^(\s*)((?:> )|(?:\d+\. )|(?:— )|(?:• )|(?:- ))?/u;

/** `width` 0 (or less) leaves the text as it is. */
export function wrapText(text: string, width: number): string {
  if (width <= 0) return text;
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, Math.max(MIN_WIDTH, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string[] {
  if (columns(line) <= width) return [line];
  const [lead = '', indent = '', marker = ''] = LEAD.exec(line) ?? [];
  const continuation = indent + (marker === '> ' ? '> ' : ' '.repeat(columns(marker)));
  const words = line.slice(lead.length).split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let current = lead;
  let empty = true;
  for (const word of words) {
    if (!empty && columns(current) + 1 + columns(word) > width) {
      lines.push(current);
      current = continuation;
      empty = true;
    }
    current += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(current);
  return lines;
}

/** Characters as a terminal counts them, near enough: code points, not UTF-16 units. */
function columns(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
