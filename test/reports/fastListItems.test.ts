import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/generateReport.js';
import { decodeReportText } from '../../src/reports/decodeReportText.js';
import { fastListItems } from '../../src/reports/fastListItems.js';
import { readFrontMatter } from '../../src/reports/frontMatter.js';
import { lintReport } from '../../src/reports/lintReport.js';
import { type MarkdownItem, remarkListItems } from '../../src/reports/markdownItems.js';
import type { ParseResult } from '../../src/reports/model.js';
import { parseReport } from '../../src/reports/parseReport.js';
import { splitReportText, type TextChunk } from '../../src/reports/splitReportText.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Every markdown file under `dir`, README files too (they hold lists). */
function markdownFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name));
}

/** The chunks parseReport reads a report's items from. */
function chunksOf(text: string, file: string): TextChunk[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = readFrontMatter(normalized, file);
  return splitReportText(front.body, front.bodyLine).sections.flatMap((s) => s.chunks);
}

/**
 * remarkListItems, parsing each chunk (by line and text) once: the reference parse and the
 * chunk-by-chunk comparison ask for the same chunks, and remark is what makes these tests slow.
 */
function remarkOnce(): (chunk: TextChunk) => MarkdownItem[] {
  const known = new Map<string, MarkdownItem[]>();
  return (chunk) => {
    const key = `${chunk.line}\n${chunk.text}`;
    const items = known.get(key) ?? remarkListItems(chunk);
    known.set(key, items);
    return items;
  };
}

/**
 * The parse with the line scanner and with remark alone are the same, warnings and lint too; and
 * each chunk the scanner reads, it reads as remark does. Returns the parse and how many chunks
 * the scanner read.
 */
function expectSameAsRemark(text: string, file: string): { parse: ParseResult; chunks: number; read: number } {
  const remark = remarkOnce();
  const fast = parseReport(text, file);
  const reference = parseReport(text, file, splitReportText, remark);
  expect(fast, file).toEqual(reference);
  if (fast.ok && reference.ok) expect(lintReport(fast.report), file).toEqual(lintReport(reference.report));
  const chunks = chunksOf(text, file);
  let read = 0;
  for (const chunk of chunks) {
    const items = fastListItems(chunk);
    if (items === undefined) continue;
    read++;
    expect(items, chunk.text).toEqual(remark(chunk));
  }
  return { parse: fast, chunks: chunks.length, read };
}

/** Every report, eval report and fixture in the repository, read at collection so that each is a test of its own. */
const REPOSITORY_FILES: [string, string][] = ['reports', 'eval', 'test/fixtures']
  .flatMap((dir) => markdownFiles(join(REPO, dir)))
  .flatMap((path) => {
    const decoded = decodeReportText(readFileSync(path), path);
    return decoded.ok ? [[relative(REPO, path), decoded.text] as [string, string]] : [];
  });

describe('the line scanner against remark', () => {
  it('finds the repository\'s reports, and reads most of their chunks itself (the rest left to remark)', () => {
    expect(REPOSITORY_FILES.length).toBeGreaterThan(50);
    const chunks = REPOSITORY_FILES.flatMap(([file, text]) => chunksOf(text, file));
    expect(chunks.filter((chunk) => fastListItems(chunk) !== undefined).length / chunks.length).toBeGreaterThan(0.9);
  });

  // eval/README.md, megabytes of prose and lists, takes remark most of the default timeout on a
  // loaded machine, and it grows each session.
  it.each(REPOSITORY_FILES)('parses %s as remark alone does', (file, text) => {
    expectSameAsRemark(text, file);
  }, 120_000);

  it.each([1, 2, 3])('parses generated reports (the bench corpus generator, seed %i) as remark alone does, all by the scanner', (seed) => {
    for (let i = 0; i < 60; i++) {
      const { name, text } = generateReport(seed, i, i % 10 === 0 ? { richEvidence: true } : {});
      const { parse, chunks, read } = expectSameAsRemark(text, name);
      expect(parse.ok).toBe(true);
      expect(read, name).toBe(chunks);
    }
  });

  const chunk = (...lines: string[]): TextChunk => ({ text: lines.join('\n'), line: 7 });

  it('reads the report shapes: nested evidence, wrapped lines, numbered references, links', () => {
    const claims = chunk(
      '- **Claim**: Heat pumps cut bills',
      '  by a third.',
      '  - **Evidence**: [A study](https://a.example/x?y=1)',
      '    - Relevant quote: "Bills fell."',
      '  - **Source:** Plain title',
      'lazily continued',
      '    - Key finding: More.',
      '',
      '- **Claim**: Second.',
    );
    const items = fastListItems(claims);
    expect(items).toEqual(remarkListItems(claims));
    expect(items?.map((i) => [i.label, i.text, i.line])).toEqual([
      ['claim', 'Heat pumps cut bills by a third.', 7],
      ['evidence', '[A study](https://a.example/x?y=1)', 9],
      ['relevant quote', '"Bills fell."', 10],
      ['source', 'Plain title lazily continued', 11],
      ['key finding', 'More.', 13],
      ['claim', 'Second.', 15],
    ]);
    const references = chunk('7. [A](https://a.example)', '8. [B - Journal](Unknown)', '9. A title without a link', '10. [C - The Lancet](https://doi.org/10.1016/S0140-6736(13)61613-X)');
    expect(fastListItems(references)).toEqual(remarkListItems(references));
    expect(fastListItems(references)?.map((i) => [i.number, i.link])).toEqual([
      [7, { text: 'A', url: 'https://a.example' }],
      [8, { text: 'B - Journal', url: 'Unknown' }],
      [9, undefined],
      [10, { text: 'C - The Lancet', url: 'https://doi.org/10.1016/S0140-6736(13)61613-X' }],
    ]);
    expect(fastListItems(chunk('Intro paragraph.', 'More text.'))).toEqual([]);
  });

  it.each([
    ['a paragraph after a blank line', ['- **Claim**: x', '', '  more']],
    ['an ordered item nested under a paragraph', ['- **Claim**: x', '  2. not an item']],
    ['an item indented past its parent', ['- **Claim**: x', '      - **Evidence**: y']],
    ['a setext underline', ['- **Claim**: x', '  ---']],
    ['a thematic break', ['- **Claim**: x', '* * *']],
    ['a quote', ['- **Claim**: x', '  > quoted']],
    ['a fence', ['- **Claim**: x', '  ```']],
    ['a tab', ['-\t**Claim**: x']],
    ['an autolink', ['- **Evidence**: <https://a.example>']],
    ['a link in emphasis', ['- **Evidence**: *[A](u)*']],
    ['an escaped bracket', ['- **Evidence**: \\[A](u)']],
    ['a link with a title', ['- **Evidence**: [A](u "t")']],
    ['a destination with an entity', ['- **Evidence**: [A](u?a=1&amp;b=2)']],
    ['a destination with unbalanced parentheses', ['- **Evidence**: [A](u(1)']],
    ['a definition', ['- [a]: https://a.example']],
    ['an empty item', ['-', '  text']],
    ['an HTML block', ['- <div>', '  x']],
  ])('leaves %s to remark', (_name, lines) => {
    expect(fastListItems(chunk(...lines))).toBeUndefined();
  });

  it('reads random chunks of report lines and markdown edge cases as remark does, or leaves them to remark', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
    const plain = ['**Claim**: foo bar', '**Evidence**: [Title](http://x.org/a)', 'Relevant quote: "q"', 'Key finding: k', 'plain text', '[T](Unknown)', 'more *words* here', '**Claim**: x <y', 'a_b_c', '[1] cited', '3.5 million'];
    const odd = ['**Claim:** x', '__Claim__: y', '[a **b**](u) tail', '**Evidence**: see [A](b) and [C](d)', '*x [a](b)* y', '`[a](b)`', '\\[a](b)', '<http://a.b>', '<5% of [a](b)', '![i](j)', '[![i](j)](k)', '[a](b "t")', '[a](<b c>)', '[a](b&amp;c)', '[a](b(c))', '[a](b(c)', '[a](b((c)d)e)', '[a]', '[a](b', '[x]: y', '# h', '> q', '```', '---', '***', '* * *', '===', '- x', '1. x', '2) y', '<div>', '2024 was', '**Evidence**: **[a](b)**', '_a [b](c)_', '**Key finding**: [a](b)', 'x **', '[a][b]', 'A:b', '&amp; [a](b)', 'Source: [a', '\u00a0x', 'x  ', 'x\\', '~~~', '<!-- c -->', '**[a](b)**: c', '**Label** [a](b)', 'foo [a](b) **bar**'];
    const markers = ['-', '-', '*', '+', '1.', '2.', '1)', '3)', '10.'];
    const line = (): string => {
      if (random() < 0.85) {
        const indent = pick(['', '  ', '    ', '      ', '   ', ' ']);
        const r = random();
        return r < 0.6 ? `${indent}${pick(['-', '-', '*', '1.'])} ${pick(plain)}` : r < 0.9 ? indent + pick(plain) : '';
      }
      const indent = pick(['', ' ', '  ', '   ', '    ', '     ', '      ', '        ']);
      return random() < 0.5 ? `${indent}${pick(markers)}${pick([' ', '  ', '    ', '     '])}${pick(odd)}` : indent + pick(odd);
    };
    let read = 0;
    for (let n = 0; n < 4000; n++) {
      const first = random() < 0.7 ? `${pick(['- ', '1. ', '* '])}${pick(plain)}` : `${pick(markers)} ${pick(odd)}`;
      const lines = [first, ...Array.from({ length: 1 + Math.floor(random() * 5) }, line)];
      const items = fastListItems(chunk(...lines));
      if (items === undefined) continue;
      read++;
      expect(items, lines.join('\n')).toEqual(remarkListItems(chunk(...lines)));
    }
    expect(read).toBeGreaterThan(1000);
  });
});
