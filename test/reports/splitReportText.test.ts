import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/generateReport.js';
import { decodeReportText } from '../../src/reports/decodeReportText.js';
import type { Nodes, Root, RootContent } from 'mdast';
import { type MarkdownItem, remarkListItems } from '../../src/reports/markdownItems.js';
import type { ParseResult } from '../../src/reports/model.js';
import { parseReport } from '../../src/reports/parseReport.js';
import { MAX_CONTAINER_PREFIX, splitReportText, type Section, type SplitReport, type TextChunk } from '../../src/reports/splitReportText.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Each section as title, depth, line and its chunks' first lines. */
function outline(split: SplitReport): [string, number, number, number[]][] {
  return split.sections.map((s) => [s.title, s.depth, s.line, s.chunks.map((c) => c.line)]);
}

describe('splitReportText', () => {
  it('cuts the body into sections at headings, and each section into chunks at top-level list items', () => {
    const body = ['Intro text.', '', '# Summary', 'A paragraph.', '', '## Claims', '### Cost ###', '- a', '  - nested', '- b', '', '#hashtag is text'].join('\n');
    const split = splitReportText(body, 10);
    expect(outline(split)).toEqual([
      ['', 0, 10, [10]],
      ['Summary', 1, 12, [13]],
      ['Claims', 2, 15, []],
      ['Cost', 3, 16, [17]],
    ]);
    // Small items that read the same together are parsed together.
    expect(split.sections[3]?.chunks[0]?.text).toBe('- a\n  - nested\n- b\n\n#hashtag is text');
    expect(split.deepLines).toEqual([]);
  });

  it('keeps items apart when together they would read otherwise, or are large', () => {
    const long = `- ${'x'.repeat(2100)}`;
    const split = splitReportText(['Para', '2. after a paragraph', '- a', '<div>', '- after html', long].join('\n'), 1);
    expect(split.sections[0]?.chunks.map((c) => c.line)).toEqual([1, 2, 5, 6]);
  });

  it('does not cut inside fenced code', () => {
    const split = splitReportText(['## Notes', '```', '# not a heading', '- not an item', '```', '~~~~', '## still code', '~~~~', '- item'].join('\n'), 1);
    expect(outline(split)).toEqual([['Notes', 2, 1, [2]]]);
    expect(split.sections[0]?.chunks[0]?.text.split('\n')).toHaveLength(8);
  });

  it('takes a paragraph underlined with === or --- as a heading (setext), as markdown does', () => {
    const body = ['Summary', '=======', 'Text.', '', 'Cost perspective', '---', '- **Claim**: c', 'lazy line', '---', 'Two-line', '  title', '  ---', '- x'].join('\n');
    // "---" under a list item's lazy line is a thematic break; a paragraph after it can be a heading.
    expect(outline(splitReportText(body, 5))).toEqual([
      ['Summary', 1, 5, [7]],
      ['Cost perspective', 2, 9, [11]],
      ['Two-line title', 2, 14, [17]],
    ]);
  });

  it('takes a heading indented into a list item as part of the item, as markdown does', () => {
    const body = ['- a', '  # inside', '1. b', '   ## inside', '-    c', '  ### out of the item'].join('\n');
    expect(outline(splitReportText(body, 1))).toEqual([
      ['', 0, 1, [1, 3]],
      ['out of the item', 3, 6, []],
    ]);
  });

  it('leaves out lines nested too deep, keeping every line number', () => {
    const deep = `${' '.repeat(MAX_CONTAINER_PREFIX + 2)}- too deep`;
    const split = splitReportText(['- a', deep, '- b'].join('\n'), 3);
    expect(split.deepLines).toEqual([4]);
    expect(split.sections[0]?.chunks[0]?.text).toBe('- a\n\n- b');
  });
});

const markdown = remark();

/**
 * The report as one CommonMark parse of its whole body reads it: the sections are the tree's
 * top-level headings (ATX and setext), each with the text up to the next one as a single chunk,
 * and each chunk's items are read from the same tree (its nodes, positions made the chunk's). What
 * splitReportText and the line scanner must agree with, without parsing anything.
 */
function parseWhole(text: string, file: string): ParseResult {
  const trees = new Map<TextChunk, Root>();
  const splitWhole = (body: string, firstLine: number): SplitReport => {
    const tree = markdown.parse(body);
    const sections: Section[] = [];
    let section: Section = { title: '', depth: 0, line: firstLine, chunks: [] };
    let nodes: RootContent[] = [];
    let from = 0;
    let fromLine = 1;
    const close = (to: number): void => {
      const chunk = { text: body.slice(from, to), line: firstLine + fromLine - 1 };
      if (chunk.text.trim() !== '') {
        section.chunks.push(chunk);
        trees.set(chunk, { type: 'root', children: nodes.map((node) => moved(node, from, fromLine - 1)) });
      }
      if (section.depth > 0 || section.chunks.length > 0) sections.push(section);
    };
    for (const node of tree.children) {
      if (node.type !== 'heading' || !node.position) {
        nodes.push(node);
        continue;
      }
      close(node.position.start.offset ?? 0);
      const first = node.children[0]?.position?.start.offset;
      const last = node.children[node.children.length - 1]?.position?.end.offset;
      const title = first === undefined || last === undefined ? '' : foldLines(body.slice(first, last));
      section = { title, depth: node.depth, line: firstLine + node.position.start.line - 1, chunks: [] };
      nodes = [];
      from = node.position.end.offset ?? body.length;
      fromLine = node.position.end.line;
    }
    close(body.length);
    return { sections, deepLines: [] };
  };
  const items = (chunk: TextChunk): MarkdownItem[] => {
    const tree = trees.get(chunk);
    if (!tree) throw new Error(`no tree for the chunk at line ${chunk.line}`);
    return remarkListItems(chunk, tree);
  };
  return parseReport(text, file, splitWhole, items);
}

/** `node` with every position in it made relative to a chunk that starts at `offset`, after `lines` lines. */
function moved<T extends Nodes>(node: T, offset: number, lines: number): T {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as Nodes;
    for (const point of next.position ? [next.position.start, next.position.end] : []) {
      if (point.offset !== undefined) point.offset -= offset;
      point.line -= lines;
    }
    if ('children' in next) stack.push(...(next.children as Nodes[]));
  }
  return node;
}

function foldLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join(' ');
}

/** A parse with summary and conclusions compared by their words (chunks are joined by blank lines). */
function comparable(result: ParseResult): unknown {
  if (!result.ok) return result;
  const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
  return { ...result, report: { ...result.report, summary: words(result.report.summary), conclusions: words(result.report.conclusions) } };
}

function expectSameAsWhole(text: string, file: string): ParseResult {
  const split = parseReport(text, file);
  expect(comparable(split), file).toEqual(comparable(parseWhole(text, file)));
  return split;
}

function markdownFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md').map((e) => join(e.parentPath, e.name));
}

/**
 * Fixtures of what the split reads on purpose where CommonMark would not: a top-level list item
 * right after an HTML line or a paragraph line (CommonMark folds it into the HTML block, or the
 * paragraph when it is an ordered item not numbered 1). Tested in parseReport.test.ts.
 */
const LENIENT = new Set(['lists-without-blank-lines.md']);

/** Every report and fixture in the repository, read at collection so that each is a test of its own. */
const REPOSITORY_FILES = ['reports', 'eval', 'test/fixtures'].flatMap((dir) => markdownFiles(join(REPO, dir)));
const COMPARED: [string, string][] = REPOSITORY_FILES.flatMap((path) => {
  const decoded = decodeReportText(readFileSync(path), path);
  if (!decoded.ok) return [];
  // Nesting past MAX_CONTAINER_PREFIX is left out of the split parse only (and is slow whole).
  if (splitReportText(decoded.text, 1).deepLines.length > 0) return [];
  if (LENIENT.has(path.split('/').pop() ?? '')) return [];
  return [[relative(REPO, path), decoded.text]];
});

describe('splitReportText against parsing the body whole', () => {
  it('finds the reports and fixtures in the repository to compare', () => {
    expect(REPOSITORY_FILES.length).toBeGreaterThan(30);
    expect(COMPARED.length).toBeGreaterThan(25);
  });

  it.each(COMPARED)('reads %s as a parse of the whole text does', (file, text) => {
    expectSameAsWhole(text, file);
  });

  it('reads generated reports as a parse of the whole text does', () => {
    for (let i = 0; i < 40; i++) {
      const { name, text } = generateReport(7, i);
      expect(expectSameAsWhole(text, name).ok).toBe(true);
    }
  });

  const report = (body: string[]): string => ['---', 'Topic: Stress', '---', '', ...body, ''].join('\n');
  const claim = (text: string): string[] => [`- **Claim**: ${text}`, '  - **Evidence**: A study', '    - Relevant quote: "Quoted."'];

  it.each([
    ['setext perspectives', ['Claims and Supporting Evidence', '==============================', '', 'Cost perspective', '----------------', ...claim('One.'), '', 'Two lines', 'of title', '---', ...claim('Two.')]],
    ['a setext underline after a list item is a break, not a heading', ['## Claims', '### Cost', ...claim('One.'), '---', ...claim('Two.'), 'lazy line', '===', ...claim('Three.')]],
    ['setext right after a heading and after fenced code', ['## Claims', 'Cost', '---', ...claim('One.'), '```', 'code', '```', 'Safety', '===', ...claim('Two.')]],
    ['headings and items inside fences', ['## Claims', '### Cost', '```md', '### Not a perspective', ...claim('Fenced.'), '```', ...claim('One.'), '~~~', '- **Claim**: also fenced', '~~~', ...claim('Two.')]],
    ['an ordered item that cannot interrupt a paragraph', ['## Claims', '### Cost', ...claim('One.'), '', 'A paragraph', '2. not an item', ...claim('Two.'), '## References', 'Intro', '1. [A study](https://a.example)', '3) [B](Unknown)']],
    ['closing hashes, empty and indented headings', ['## Claims ##', '###    Cost   ###', ...claim('One.'), '##', ...claim('Two.'), '   ### Indented three', ...claim('Three.'), '    ### code, not a heading', ...claim('Four.')]],
    ['blockquotes and HTML blocks', ['## Claims', '### Cost', '> - **Claim**: quoted claim', '> more', ...claim('One.'), '', '<div>', 'html', '</div>', '', ...claim('Two.'), '<!-- a comment -->', '', ...claim('Three.')]],
    ['headings indented into list items', ['## Claims', '### Cost', ...claim('One.'), '  ### inside the claim', ...claim('Two.'), '', '   ### inside after a blank line', ...claim('Three.'), ' ### Safety', ...claim('Four.')]],
    ['tabs, thematic breaks and loose lists', ['## Claims', '###\tTabbed', '-\t**Claim**: tabbed', '', '***', '', ...claim('One.'), '', '', ...claim('Two.'), '- - -', ...claim('Three.')]],
  ])('reads %s as a parse of the whole text does', (_name, body) => {
    expectSameAsWhole(report(body), 'stress.md');
  });

  it('reads an item right after an HTML line, where CommonMark would take it into the HTML block', () => {
    const text = report(['## Claims', '### Cost', '<div class="note">Reviewed.</div>', ...claim('One.')]);
    const split = parseReport(text, 'lenient.md');
    expect(split.ok && split.report.claims.map((c) => c.text)).toEqual(['One.']);
    expect(parseWhole(text, 'lenient.md').ok).toBe(false);
  });

  it('gives claims under a setext heading that heading as their perspective', () => {
    const result = expectSameAsWhole(report(['Claims and Supporting Evidence', '===', '', 'Cost perspective', '---', ...claim('One.')]), 'setext.md');
    expect(result.ok && result.report.claims.map((c) => c.perspective)).toEqual(['Cost perspective']);
  });
});
