// Splits a report body into sections at headings (ATX and setext), and each section into chunks at top-level
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
/** Under a paragraph, makes it a heading: `===` level 1, `---` level 2. */
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A line that starts a top-level paragraph after a blank line or a heading: not indented, not another block. */
const PARAGRAPH_START = /^[^\s>#<`~]/;
/** Lines that end a paragraph rather than continue it (lists and headings are caught before). */
const PARAGRAPH_BREAK = /^ {0,3}[>#<]/;
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
  // The top-level paragraph being read, which an underline would make a heading: its first line
  // (index) and where its lines start in chunkLines. A paragraph starts after a blank line or a
  // block that has ended (heading, fence, thematic break).
  let paragraph: { start: number; at: number } | null = null;
  let afterBlock = true;
  // The content column of the top-level list item being read: a heading indented that far is
  // inside the item, not a section (CommonMark). Null outside a list.
  let listIndent: number | null = null;
  let previousBlank = false;

  const endChunk = (): void => {
    if (chunkLines.some((l) => l.trim() !== '')) {
      const chunk = { text: chunkLines.join('\n'), line: chunkStart };
      const last = section.chunks[section.chunks.length - 1];
      if (last && canJoin(last, chunk)) last.text = `${last.text}\n${chunk.text}`;
      else section.chunks.push(chunk);
    }
    chunkLines = [];
  };
  const startSection = (title: string, depth: number, line: number, contentLine: number): void => {
    endChunk();
    if (section.depth > 0 || section.chunks.length > 0) sections.push(section);
    section = { title, depth, line, chunks: [] };
    chunkStart = contentLine;
    paragraph = null;
    afterBlock = true;
    listIndent = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const line = firstLine + i;
    const blank = text.trim() === '';
    if (fence) {
      if (text.trimStart().startsWith(fence)) {
        fence = null;
        afterBlock = true;
      }
    } else {
      const fenceOpen = FENCE.exec(text);
      let heading = fenceOpen ? null : HEADING.exec(text);
      if (listIndent !== null && !blank && !TOP_LEVEL_ITEM.test(text) && indentOf(text) < listIndent) {
        // Less indented than the item's content: the list ends, unless this continues its last
        // paragraph (a lazy line: not after a blank line, and not the start of another block).
        if (previousBlank || heading || fenceOpen || THEMATIC_BREAK.test(text) || PARAGRAPH_BREAK.test(text)) listIndent = null;
      }
      if (heading && listIndent !== null) heading = null; // inside the list item
      const underline = paragraph ? SETEXT_UNDERLINE.exec(text) : null;
      if (fenceOpen) {
        fence = (fenceOpen[1] as string).slice(0, 3);
        paragraph = null;
      } else if (heading) {
        startSection((heading[2] ?? '').trim(), (heading[1] as string).length, line, line + 1);
        continue;
      } else if (underline && paragraph) {
        const { start, at } = paragraph;
        const title = lines.slice(start, i).map((l) => l.trim()).join(' ');
        chunkLines.length = at;
        startSection(title, (underline[1] as string).startsWith('=') ? 1 : 2, firstLine + start, line + 1);
        continue;
      } else if (TOP_LEVEL_ITEM.test(text)) {
        endChunk();
        chunkStart = line;
        paragraph = null;
        listIndent = contentIndentOf(text);
      } else if (blank || THEMATIC_BREAK.test(text)) {
        paragraph = null;
        afterBlock = true;
      } else if (paragraph && PARAGRAPH_BREAK.test(text)) {
        paragraph = null;
      } else if (!paragraph && afterBlock && PARAGRAPH_START.test(text)) {
        paragraph = { start: i, at: chunkLines.length };
      }
      if (!blank && !THEMATIC_BREAK.test(text)) afterBlock = false;
    }
    previousBlank = blank;
    if (chunkLines.length === 0) chunkStart = line;
    const tooDeep = !fence && (CONTAINER_PREFIX.exec(text)?.[0].length ?? 0) > MAX_CONTAINER_PREFIX;
    if (tooDeep) deepLines.push(line);
    chunkLines.push(tooDeep ? '' : text);
  }
  endChunk();
  if (section.depth > 0 || section.chunks.length > 0) sections.push(section);
  return { sections, deepLines };
}

/** Columns of indentation (a tab to the next multiple of 4). */
function indentOf(text: string): number {
  let column = 0;
  for (const char of text) {
    if (char === ' ') column++;
    else if (char === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** The column a top-level list item's content starts at (CommonMark: 1-4 spaces after the marker count). */
function contentIndentOf(item: string): number {
  const [, marker = '', spaces = ''] = /^([-*+]|\d{1,9}[.)])([ \t]*)/.exec(item) ?? [];
  const gap = indentOf(spaces);
  return marker.length + (gap >= 1 && gap <= 4 && spaces.length < item.length - marker.length ? gap : 1);
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
