// Splits a report body into sections at ATX headings, and each section into chunks at top-level
// list items, so that remark parses many small texts instead of one huge one (remark is
// superlinear on one long list: ~20 s for a 2.8 MB report parsed whole, ~2 s split).

export interface TextChunk {
  text: string;
  /** 1-based file line of the chunk's first line. */
  line: number;
}

export interface Section {
  /** Heading text without the #s; "" for text before the first heading. */
  title: string;
  /** Heading level 1-6; 0 for text before the first heading. */
  depth: number;
  /** 1-based file line of the heading. */
  line: number;
  chunks: TextChunk[];
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TOP_LEVEL_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
// Indentation, blockquote markers and list markers before a line's text: its nesting.
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])*/;
/**
 * Lines nested deeper than this (in prefix characters; ~40 list levels) are blanked before remark
 * sees them: remark is roughly cubic in nesting depth (800 levels took 21 s), no claim or quote is
 * written that deep, and a blank line keeps every line number true.
 */
export const MAX_CONTAINER_PREFIX = 80;

export interface SplitReport {
  sections: Section[];
  /** File lines left out for being nested too deep. */
  deepLines: number[];
}

/** `body` has LF line endings; `firstLine` is the file line it starts on. */
export function splitReportText(body: string, firstLine: number): SplitReport {
  const lines = body.split('\n');
  const sections: Section[] = [];
  let section: Section = { title: '', depth: 0, line: firstLine, chunks: [] };
  let chunkLines: string[] = [];
  let chunkStart = firstLine;
  let fence: string | null = null;
  const deepLines: number[] = [];

  const endChunk = (): void => {
    if (chunkLines.some((l) => l.trim() !== '')) {
      const chunk = { text: chunkLines.join('\n'), line: chunkStart };
      const last = section.chunks[section.chunks.length - 1];
      if (last && canJoin(last, chunk)) last.text = `${last.text}\n${chunk.text}`;
      else section.chunks.push(chunk);
    }
    chunkLines = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const line = firstLine + i;
    if (fence) {
      if (text.trimStart().startsWith(fence)) fence = null;
    } else {
      const fenceOpen = FENCE.exec(text);
      const heading = fenceOpen ? null : HEADING.exec(text);
      if (fenceOpen) {
        fence = (fenceOpen[1] as string).slice(0, 3);
      } else if (heading) {
        endChunk();
        if (section.depth > 0 || section.chunks.length > 0) sections.push(section);
        const title = (heading[2] ?? '').trim();
        section = { title, depth: (heading[1] as string).length, line, chunks: [] };
        chunkStart = line + 1;
        continue;
      } else if (TOP_LEVEL_ITEM.test(text)) {
        endChunk();
        chunkStart = line;
      }
    }
    if (chunkLines.length === 0) chunkStart = line;
    const tooDeep = !fence && (CONTAINER_PREFIX.exec(text)?.[0].length ?? 0) > MAX_CONTAINER_PREFIX;
    if (tooDeep) deepLines.push(line);
    chunkLines.push(tooDeep ? '' : text);
  }
  endChunk();
  if (section.depth > 0 || section.chunks.length > 0) sections.push(section);
  return { sections, deepLines };
}

/**
 * Each remark parse has a fixed cost (it builds its parser and tree compiler anew), so small
 * top-level items (references, angles) are parsed together, up to this many characters, when
 * joining them cannot change how they read (see canJoin). On generated reports, best of 4 passes:
 * 1.34 MB/s parsed one item at a time, 1.49 MB/s joined to 2 KB. Larger joins gained no more and
 * slowed the 5,000-claim report (remark's cost grows faster than linearly in a list's length).
 */
const MAX_JOINED_CHARS = 2048;

const HTML_LINE = /^ {0,3}</m;
const BULLET_ITEM = /^[-*+][ \t]+\S/;
const ORDERED_ITEM = /^\d{1,9}([.)])[ \t]+\S/;

/**
 * Whether `next` (a chunk starting at a top-level item, right after `previous` in the file) reads
 * the same parsed after `previous` as parsed alone. A bullet item with text starts a list item
 * after a paragraph or list; an ordered item only continues an ordered list with the same
 * delimiter (after a paragraph, "2. x" would be read as more of the paragraph).
 */
function canJoin(previous: TextChunk, next: TextChunk): boolean {
  if (previous.text.length + next.text.length >= MAX_JOINED_CHARS) return false;
  // An HTML block runs to the next blank line and would take the item in.
  if (HTML_LINE.test(previous.text)) return false;
  if (BULLET_ITEM.test(next.text)) return true;
  const ordered = ORDERED_ITEM.exec(next.text);
  return ordered !== null && ORDERED_ITEM.exec(previous.text)?.[1] === ordered[1];
}
