import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadReportFile, loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { parseReport } from '../../src/reports/parseReport.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));

async function parsed(name: string): Promise<Report> {
  const result = await loadReportFile(FIXTURES, name);
  if (!result.ok) throw new Error(`${name} did not parse: ${result.error.reason}`);
  return result.report;
}

async function failure(name: string): Promise<{ file: string; line?: number; reason: string }> {
  const result = await loadReportFile(FIXTURES, name);
  if (result.ok) throw new Error(`${name} parsed, but should not have`);
  return result.error;
}

describe('parseReport on real report files', () => {
  it('reads every part of a valid report', async () => {
    const report = await parsed('valid-minimal.md');
    expect(report.id).toBe('valid-minimal');
    expect(report.file).toBe('valid-minimal.md');
    expect(report.topic).not.toBe('');
    expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(report.sourcesAnalyzed).toBeTypeOf('number');
    expect(report.summary).not.toBe('');
    expect(report.angles.length).toBeGreaterThan(0);
    expect(report.conclusions).not.toBe('');
    expect(report.claims).toHaveLength(3);
    expect(new Set(report.claims.map((c) => c.perspective)).size).toBe(2);
    expect(report.claims.map((c) => c.id)).toEqual(['valid-minimal#1', 'valid-minimal#2', 'valid-minimal#3']);
    expect(report.references.map((r) => r.n)).toEqual([1, 2]);
    expect(report.references.some((r) => r.url === null)).toBe(true);
    expect(report.references.some((r) => r.url?.startsWith('http'))).toBe(true);
  });

  it('gives each claim the line it is written on', async () => {
    const report = await parsed('valid-minimal.md');
    const lines = (await readFile(`${FIXTURES}valid-minimal.md`, 'utf8')).split('\n');
    for (const claim of report.claims) expect(lines[claim.line - 1]).toContain(claim.text);
  });

  it('reads CRLF with a BOM exactly like LF', async () => {
    const report = await parsed('crlf-bom.md');
    expect(report.topic).toBe('Does daylight saving time affect sleep?');
    expect(report.claims).toHaveLength(2);
    const lf = parseReport((await readFile(`${FIXTURES}crlf-bom.md`, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), 'crlf-bom.md');
    expect(lf.ok && lf.report).toEqual(report);
    expect(JSON.stringify(report)).not.toMatch(/\\r|\uFEFF/);
  });

  it('takes curly quotes off a quote and keeps the quotes and apostrophes inside it', async () => {
    const report = await parsed('curly-quotes.md');
    const quotes = report.claims.flatMap((c) => c.evidence.map((e) => e.quote ?? ''));
    expect(quotes.every((q) => !q.startsWith('“') && !q.endsWith('”'))).toBe(true);
    expect(quotes.some((q) => q.includes('"decaf effect"'))).toBe(true);
    expect(quotes.some((q) => q.includes('’'))).toBe(true);
  });

  it('reads key findings and several evidence items per claim', async () => {
    const report = await parsed('key-finding.md');
    const second = report.claims[1];
    expect(second?.evidence).toHaveLength(3);
    expect(second?.evidence.some((e) => e.finding && e.quote === undefined)).toBe(true);
    expect(second?.evidence.some((e) => e.quote && e.finding === undefined)).toBe(true);
  });

  it('takes the perspective from headings without the word Perspective', async () => {
    const report = await parsed('no-perspective-word.md');
    expect(new Set(report.claims.map((c) => c.perspective))).toEqual(new Set(['Economic Impact', 'Safety']));
  });

  it('keeps a claim without evidence and evidence without a quote', async () => {
    const report = await parsed('claim-without-evidence.md');
    expect(report.claims).toHaveLength(3);
    expect(report.claims[0]?.evidence).toEqual([]);
    const sourceOnly = report.claims[1]?.evidence[0];
    expect(sourceOnly?.source).not.toBe('');
    expect(sourceOnly?.quote).toBeUndefined();
    expect(sourceOnly?.finding).toBeUndefined();
  });

  it('keeps emoji, CJK, RTL and combining accents byte for byte', async () => {
    const text = await readFile(`${FIXTURES}unicode.md`, 'utf8');
    const report = await parsed('unicode.md');
    expect(report.claims).toHaveLength(4);
    for (const claim of report.claims) {
      expect(text).toContain(claim.text);
      for (const e of claim.evidence) expect(text).toContain(e.quote ?? e.finding ?? '');
    }
    const all = JSON.stringify(report);
    for (const s of ['👩‍👩‍👧', '🇯🇵', '中国游客越来越多地选择自由行。', 'مرحبا', 'שלום', 'e\u0301']) expect(all).toContain(s);
  });

  it('keeps Slack markup and entities verbatim', async () => {
    const report = await parsed('slack-markup.md');
    const texts = report.claims.flatMap((c) => [c.text, ...c.evidence.map((e) => e.quote ?? e.finding ?? '')]).join('\n');
    for (const s of ['<!channel>', '<@U12345>', '<https://evil.example|click here>', '&amp;', 'a < b > c', '*bold*', '_italic_', '`code`', '~strike~']) {
      expect(texts).toContain(s);
    }
  });

  it('survives 50 levels of nesting and finds the claims after it', async () => {
    const report = await parsed('deep-nesting.md');
    expect(report.claims).toHaveLength(3);
  });

  it.each([
    ['indented list items', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 3)}- level ${i}`).join('\n')],
    ['list markers on one line', `${'- '.repeat(3000)}x`],
    ['blockquote markers', `${'> '.repeat(3000)}x`],
  ])('reads past 3,000 levels of %s without overflowing, and says what it left out', (_, nested) => {
    const text = `---\nTopic: Deep\n---\n## Claims and Supporting Evidence\n### A\n- **Claim**: Deep claim.\n  - **Evidence**: S\n    - Relevant quote: "q"\n${nested}\n- **Claim**: After.\n`;
    const result = parseReport(text, 'deep.md');
    expect(result.ok && result.report.claims.map((c) => c.text)).toEqual(['Deep claim.', 'After.']);
    expect(result.ok && result.warnings[0]?.reason).toMatch(/nested too deep/);
  });

  it('serves a report with missing sections', async () => {
    const report = await parsed('missing-sections.md');
    expect(report.claims).toHaveLength(2);
    expect(report.angles).toEqual([]);
    expect(report.focusAreas).toEqual([]);
    expect(report.references).toEqual([]);
    expect(report.conclusions).toBe('');
  });

  it('ignores unknown front matter keys and keeps a cut-off topic as written', async () => {
    const report = await parsed('extra-keys.md');
    expect(report.sourcesAnalyzed).toBeUndefined();
    expect(report.topic).toMatch(/young adul$/);
    expect(report.topic).not.toMatch(/\s{2}|\n/);
  });

  it('falls back to the file name when the front matter is broken, with a warning', async () => {
    const result = await loadReportFile(FIXTURES, 'invalid-front-matter.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.topic).toBe('Invalid front matter');
    expect(result.report.claims).toHaveLength(2);
    expect(result.warnings[0]).toMatchObject({ file: 'invalid-front-matter.md', reason: expect.stringMatching(/front matter is not valid YAML/) });
  });

  it('reads items written without blank lines between them, after HTML or a paragraph, with their written numbers', async () => {
    const report = await parsed('lists-without-blank-lines.md');
    expect(report.claims.map((c) => [c.text, c.line])).toEqual([
      ['A claim right after an HTML line is read.', 8],
      ['A second claim right after the first is read.', 11],
      ['A third claim is read.', 14],
    ]);
    expect(report.references.map((r) => [r.n, r.title])).toEqual([
      [2, 'Second source'],
      [1, 'First source'],
      [3, 'Third source'],
    ]);
    expect(report.claims.map((c) => c.evidence[0]?.reference?.n)).toEqual([1, 2, 3]);
  });

  it('links evidence to references by title, case and publisher suffix', async () => {
    const report = await parsed('references.md');
    const refs = report.claims.flatMap((c) => c.evidence.map((e) => e.reference?.n ?? null));
    expect(refs).toEqual(expect.arrayContaining([1, 2, 3, null]));
    expect(report.references.find((r) => r.n === 2)?.url).toBeNull();
    expect(report.references.find((r) => r.n === 1)?.url).toMatch(/^https?:/);
  });

  it.each([
    ['empty.md', /empty/],
    ['blank.md', /empty/],
    ['front-matter-only.md', /no report body/],
    ['no-claims.md', /no claims/],
    ['binary.md', /not UTF-8/],
    ['latin1.md', /not UTF-8/],
  ])('names %s as broken with a reason', async (name, reason) => {
    const error = await failure(name);
    expect(error.file).toBe(name);
    expect(error.reason).toMatch(reason);
  });

  it('points at the line of the first bad byte in a Latin-1 file', async () => {
    const bytes = await readFile(`${FIXTURES}latin1.md`);
    const line = bytes.subarray(0, bytes.indexOf(0xe9)).toString('latin1').split('\n').length;
    expect((await failure('latin1.md')).line).toBe(line);
  });
});

describe('loadReports', () => {
  it('keeps serving the other reports when some are broken, and ignores non-.md files', async () => {
    const loaded = await loadReports(FIXTURES);
    const broken = ['binary.md', 'blank.md', 'empty.md', 'front-matter-only.md', 'latin1.md', 'no-claims.md'];
    expect(loaded.errors.map((e) => e.file).sort()).toEqual(broken);
    expect(loaded.reports.map((r) => r.file)).toContain('valid-minimal.md');
    expect(loaded.reports.length).toBe(14);
    expect(JSON.stringify(loaded)).not.toContain('notes.txt');
  });

  it('says clearly when the folder does not exist', async () => {
    await expect(loadReports(`${FIXTURES}nope`)).rejects.toThrow(/reports folder .*nope does not exist/);
  });
});

describe('parseReport on an item of long whitespace runs', () => {
  // An item label is read without trying a whitespace run more than one way: the old pattern took
  // minutes on such an item, and reports are parsed on the thread that answers Slack.
  it('reads a report with a 200,000-space item as it reads the report without it', async () => {
    const source = await readFile(join(FIXTURES, 'valid-minimal.md'), 'utf8');
    const item = `- **${' '.repeat(200_000)}x\n- **Claim**:${' '.repeat(200_000)}Bold labels can be far from the text.`;
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-spaces-'));
    try {
      await writeFile(join(scratch, 'spaces.md'), source.replace('### Business Perspective\n', `### Business Perspective\n\n${item}\n`));
      const result = await loadReportFile(scratch, 'spaces.md');
      if (!result.ok) throw new Error(`spaces.md did not parse: ${result.error.reason}`);
      const expected = await parsed('valid-minimal.md');
      const claims = result.report.claims.map((claim) => [claim.perspective, claim.text]);
      expect(claims).toEqual([
        ...expected.claims.slice(0, 2).map((claim) => [claim.perspective, claim.text]),
        ['Business Perspective', 'Bold labels can be far from the text.'],
        ...expected.claims.slice(2).map((claim) => [claim.perspective, claim.text]),
      ]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
