// Lists a chunk's items the way markdownItems.ts does with remark, by reading its lines, for the
// shapes reports are written in (README "Performance": remark was most of a cold start's CPU).
// Anything it is not sure reads the same (blank lines before text, quotes, fences, HTML, tabs,
// nested ordered lists, wrapped lines that could start a block, links beyond `[text](url)`) gives
// undefined, and the chunk goes to remark: remark stays the reference, and a test compares the
// two on every report in the repository and on generated ones.

import { foldLines, labelOf } from './itemText.js';
import type { MarkdownItem } from './markdownItems.js';
import type { TextChunk } from './splitReportText.js';

/** A list item's first line: indentation, marker, 1-4 spaces, then text. */
const ITEM_LINE = /^( *)(?:[-*+]|(\d{1,9})([.)]))( {1,4})(?=[^ \t])/;
/** Any line that could hold a list item marker, after quotes and indentation. */
const ANY_MARKER = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/m;
/**
 * Text that may start a block other than a paragraph (heading, quote, fence, HTML, thematic break,
 * list item, setext underline, table-like or definition-like), or a paragraph's continuation
 * that could end it: such a chunk goes to remark.
 */
const BLOCK_START = /^(?:[>#<`~=|]|[-+_]|\*(?:[ \t]|$)|(?:\*[ \t]*){3,}$|\d{1,9}[.)](?:[ \t]|$)|\[[^\]]*\]:)/;

/** The chunk's items, as remark would list them, or undefined when the chunk needs remark. */
export function fastListItems(chunk: TextChunk): MarkdownItem[] | undefined {
  const { text } = chunk;
  // Every list item starts with a marker after indentation or quote markers: none, no items.
  if (!ANY_MARKER.test(text)) return [];
  if (text.includes('\t')) return undefined;
  const lines = text.split('\n');
  const items: Pending[] = [];
  // The content columns of the items open at this line, outermost first.
  const open: number[] = [];
  // The lines of the paragraph open at this line: the last item's first paragraph, or null.
  let paragraph: string[] | null = null;
  let topLevelDelimiter: string | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^ *$/.test(line)) {
      paragraph = null;
      continue;
    }
    const marker = ITEM_LINE.exec(line);
    if (!marker) {
      // Text: continues the open paragraph (lazily or not) unless it could start another block.
      if (!paragraph || BLOCK_START.test(line.trimStart())) return undefined;
      paragraph.push(line);
      continue;
    }
    const indent = (marker[1] as string).length;
    // Containers this line is inside: the open items whose content column it reaches.
    let depth = 0;
    while (depth < open.length && (open[depth] as number) <= indent) depth++;
    const base = depth === 0 ? 0 : (open[depth - 1] as number);
    if (indent - base > 3) return undefined; // paragraph continuation or indented code
    const delimiter = marker[3] ?? null;
    if (delimiter !== null) {
      // Ordered items only at the top level, first or continuing an ordered list with the same delimiter.
      if (depth > 0 || (items.length > 0 && topLevelDelimiter !== delimiter)) return undefined;
    }
    if (depth === 0) topLevelDelimiter = delimiter;
    const contentStart = marker[0].length;
    const content = line.slice(contentStart);
    if (BLOCK_START.test(content)) return undefined;
    open.length = depth;
    open.push(contentStart);
    paragraph = [content];
    items.push({ line: chunk.line + i, number: delimiter === null ? undefined : Number(marker[2]), lines: paragraph });
  }
  const built: MarkdownItem[] = [];
  for (const item of items) {
    const markdownItem = buildItem(item);
    if (!markdownItem) return undefined;
    built.push(markdownItem);
  }
  return built;
}

interface Pending {
  /** 1-based file line of the item (and of its first paragraph). */
  line: number;
  number: number | undefined;
  /** The first paragraph's lines, the first without the item's marker. */
  lines: string[];
}

function buildItem(item: Pending): MarkdownItem | undefined {
  const source = item.lines.join('\n');
  const link = simpleLink(source);
  if (link === null) return undefined;
  const raw = foldLines(source);
  const { label, labelText, text } = labelOf(raw);
  return {
    label,
    labelText,
    text,
    line: item.line,
    ...(link ? { link } : {}),
    ...(item.number !== undefined ? { number: item.number } : {}),
  };
}

/** `[text](`: link text without brackets, code, escapes or HTML, then the destination. */
const LINK_OPEN = /\[([^[\]\\`<>]*)\]\(/;
/** What a plain destination may not hold: spaces (a title), escapes, entities, quotes, `<>`, controls. */
const NOT_PLAIN_DESTINATION = /[\s<>\\&"'\u0000-\u001f\u007f]/;
/** Nesting of parentheses in a destination read here; remark allows more (32), deeper goes to it. */
const MAX_PARENTHESES = 8;
/** A `**Label**:` or `**Label:**` before the link: closed before it, so it cannot wrap it. */
const LEADING_LABEL = /^(?:\*\*|__)[^*_[\]\n]{1,40}(?::(?:\*\*|__)|(?:\*\*|__):) */;

/**
 * The paragraph's first link (a direct child, as markdownItems.ts reads it) when it is a plain
 * `[text](url)`; undefined when it has none; null when it may have one only remark can read
 * (escapes, code spans, HTML, autolinks, emphasis around it, images, nested brackets, titles).
 */
function simpleLink(source: string): MarkdownItem['link'] | null | undefined {
  // Autolinks and HTML need a `<` with a `>` after it; an inline link needs `](`.
  const lt = source.indexOf('<');
  if (lt >= 0 && source.indexOf('>', lt) >= 0) return null;
  if (!source.includes('](')) return undefined;
  if (source.includes('`') || source.includes('\\')) return null;
  const match = LINK_OPEN.exec(source);
  if (!match) return null;
  const before = source.slice(0, match.index);
  if (/[[\]]/.test(before) || before.endsWith('!')) return null;
  if (/[*_]/.test(before.replace(LEADING_LABEL, ''))) return null;
  // The destination runs to the `)` that closes the link: parentheses inside it come in pairs (DOIs).
  const start = match.index + match[0].length;
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '(') {
      if (++depth > MAX_PARENTHESES) return null;
    } else if (char === ')') {
      if (depth === 0) return { text: foldLines(match[1] as string), url: source.slice(start, i) };
      depth--;
    } else if (NOT_PLAIN_DESTINATION.test(char)) {
      return null;
    }
  }
  return null;
}
