import { describe, expect, it } from 'vitest';
import { BUNDLED_REPORTS, FIXTURE_REPORTS } from '../support/reportsFolders.js';
import { runCli } from './runCli.js';

describe('npm run ask', () => {
  it('prints exactly one JSON object of the documented shape with --json', async () => {
    const run = await runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', '--limit', '2', 'risks of synthetic data']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['query', 'results', 'errors']);
    expect(json.query).toBe('risks of synthetic data');
    expect(json.results).toHaveLength(2);
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(['claim', 'perspective', 'score', 'report', 'evidence']);
      expect(typeof result.score).toBe('number');
      expect(Object.keys(result.report)).toEqual(['id', 'file', 'topic', 'date']);
      for (const evidence of result.evidence) {
        expect(Object.keys(evidence)).toEqual(['source', 'quote', 'finding', 'reference']);
        if (evidence.reference) expect(Object.keys(evidence.reference)).toEqual(['n', 'title', 'url']);
      }
    }
    expect(json.errors).toEqual([]);
  });

  it('gives the claims and quotes exactly as the report file writes them', async () => {
    const run = await runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', 'overuse of synthetic data biases']);
    const { results } = JSON.parse(run.stdout);
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(`${BUNDLED_REPORTS}${results[0].report.file}`, 'utf8');
    expect(text).toContain(`- **Claim**: ${results[0].claim}`);
    expect(text).toContain(`"${results[0].evidence[0].quote}"`);
  });

  it('lists broken reports in errors and still answers from the others', async () => {
    const run = await runCli('ask', ['--reports', FIXTURE_REPORTS, '--json', 'rail passes']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.errors.map((e: { file: string }) => e.file)).toEqual(
      expect.arrayContaining(['binary.md', 'empty.md', 'latin1.md', 'no-claims.md']),
    );
    expect(json.errors.every((e: { reason: string }) => e.reason.length > 0)).toBe(true);
  });

  it('exits 0 with an empty result and suggestions when nothing matches', async () => {
    const json = await runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', 'xylophone zeppelin']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).results).toEqual([]);
    const text = await runCli('ask', ['--reports', BUNDLED_REPORTS, 'xylophone zeppelin']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Nothing in the reports matches/);
    expect(text.stdout).toMatch(/heat-pumps-cold-climates/);
  });

  it('keeps stdout pure JSON when the question has a problem, and says it on stderr', async () => {
    const run = await runCli('ask', ['--reports', BUNDLED_REPORTS, '--json', 'author:smith batteries']);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/Unknown filter author:/);
  });

  it('answers in readable text by default', async () => {
    const run = await runCli('ask', ['--reports', BUNDLED_REPORTS, 'inconsistent tokenization']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ claims? for "inconsistent tokenization"/);
    expect(run.stdout).toContain('Inconsistent tokenization and vocabulary size');
    expect(run.stdout).toContain('[1] Investigating Data Quality of Large Language Models');
  });

  it('lists the reports with --list', async () => {
    const run = await runCli('ask', ['--reports', BUNDLED_REPORTS, '--list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/synthetic-data-llm-training\s+2026-01-15 15:15\s+3\s+27\s/);
  });

  it.each([
    [['--reports', BUNDLED_REPORTS], /ask a question/],
    [['--reports', BUNDLED_REPORTS, '--limit', 'zero', 'q'], /--limit/],
    [['--reports', '/nonexistent/folder', 'q'], /reports folder \/nonexistent\/folder does not exist/],
    [['--bogus', 'q'], /Unknown option/],
  ])('exits 2 with a usage message on unusable arguments %#', async (args, message) => {
    const run = await runCli('ask', args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
