// Lists a chunk of report markdown's items in document order, each with its verbatim source text
// and label ("**Claim**:", "Relevant quote:"): by the line scanner (fastListItems.ts) when the
// chunk is plain enough, else by remark, the reference. Text is sliced from the source by node
// position because CommonMark would rewrite `&amp;`, `<!channel>` or `*x*`.

import type { Link, ListItem, Nodes, Paragraph, Root } from 'mdast';
import { remark } from 'remark';
import { fastListItems } from './fastListItems.js';
import { foldLines, labelOf } from './itemText.js';
import type { TextChunk } from './splitReportText.js';

const markdown = remark();

export interface MarkdownItem {
  /** Lowercased label without markup, e.g. "claim", "relevant quote"; "" when unlabelled. */
  label: string;
  /** The label as written, without markup: "Relevant quote". */
  labelText: string;
  /** The item's first paragraph after its label, verbatim, line wraps folded to one space. */
  text: string;
  /** 1-based file line. */
  line: number;
  /** The first link in the item's first paragraph, with its text verbatim. */
  link?: { text: string; url: string };
  /** The position of the item in an ordered list (its number), when it is in one. */
  number?: number;
}

export function parseChunk(chunk: TextChunk): Root {
  return markdown.parse(chunk.text);
}

/** The chunk's list items in document order. */
export function listItems(chunk: TextChunk): MarkdownItem[] {
  return fastListItems(chunk) ?? remarkListItems(chunk);
}

/** The chunk's list items as remark reads them, walked without recursion (reports nest deep). */
export function remarkListItems(chunk: TextChunk, tree: Root = parseChunk(chunk)): MarkdownItem[] {
  const items: MarkdownItem[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'listItem') {
      const item = readItem(node, chunk);
      if (item) items.push(item);
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return items;
}

/**
 * The number an ordered item was written with ("7." gives 7), as authors number references; read
 * from the source because items parsed together (splitReportText) count from their list's start.
 */
function writtenNumber(item: ListItem, source: string): number | undefined {
  const start = item.position?.start.offset;
  const marker = start === undefined ? null : /^\s*(\d{1,9})[.)]/.exec(source.slice(start, start + 12));
  return marker ? Number(marker[1]) : undefined;
}

function readItem(item: ListItem, chunk: TextChunk): MarkdownItem | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const raw = foldLines(sourceOf(paragraph, chunk.text));
  const { label, labelText, text } = labelOf(raw);
  const link = firstLink(paragraph, chunk.text);
  const number = writtenNumber(item, chunk.text);
  return {
    label,
    labelText,
    text,
    line: chunk.line + (paragraph.position?.start.line ?? 1) - 1,
    ...(link ? { link } : {}),
    ...(number !== undefined ? { number } : {}),
  };
}

function firstLink(paragraph: Paragraph, source: string): MarkdownItem['link'] {
  const link = paragraph.children.find((child): child is Link => child.type === 'link');
  if (!link) return undefined;
  const first = link.children[0];
  const last = link.children[link.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  const text = start !== undefined && end !== undefined ? foldLines(source.slice(start, end)) : '';
  return { text, url: link.url };
}

function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? source.length;
  return source.slice(start, end);
}
