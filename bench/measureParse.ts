// Parser throughput on one thread (read and decoded beforehand, so only parsing is timed), and the
// time one huge report takes to parse.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeReportText } from '../src/reports/decodeReportText.js';
import { parseReport } from '../src/reports/parseReport.js';

/** Parsing all of 20,000 reports takes minutes on one thread; a spread sample of this size is enough. */
const SAMPLE_BYTES = 16e6;

export async function measureParseThroughput(dir: string, files: readonly string[], totalBytes: number): Promise<{ MBps: number; bytes: number }> {
  const stride = Math.max(1, Math.ceil(totalBytes / SAMPLE_BYTES));
  const sample = files.filter((_, i) => i % stride === 0);
  const texts = await Promise.all(
    sample.map(async (name) => {
      const decoded = decodeReportText(await readFile(join(dir, name)), name);
      if (!decoded.ok) throw new Error(`${name}: ${decoded.error.reason}`);
      return { name, text: decoded.text };
    }),
  );
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
  // Warm up the parser (JIT) on a few reports first.
  for (const { name, text } of texts.slice(0, 50)) parseReport(text, name);
  const start = performance.now();
  for (const { name, text } of texts) parseReport(text, name);
  const seconds = (performance.now() - start) / 1000;
  return { MBps: bytes / 1e6 / seconds, bytes };
}

export async function measureHugeReport(dir: string, name: string): Promise<{ claims: number; bytes: number; parseMs: number }> {
  const bytes = await readFile(join(dir, name));
  const decoded = decodeReportText(bytes, name);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.error.reason}`);
  const start = performance.now();
  const result = parseReport(decoded.text, name);
  const parseMs = performance.now() - start;
  if (!result.ok) throw new Error(`${name}: ${result.error.reason}`);
  return { claims: result.report.claims.length, bytes: bytes.length, parseMs };
}
