// Reads a report's front matter (Research Date, Topic, Sources Analyzed) with gray-matter and
// says where the markdown body starts, so claim line numbers stay true to the file.

import matter from 'gray-matter';
import type { ReportIssue } from './model.js';

export interface FrontMatter {
  topic?: string;
  date?: string;
  sourcesAnalyzed?: number;
  /** The markdown after the front matter. */
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyLine: number;
  warnings: ReportIssue[];
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** `text` has LF line endings and no BOM. */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { body: text, bodyLine: 1, warnings: [] };

  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      body: text,
      bodyLine: 1,
      warnings: [{ file, line: 1, reason: 'front matter starts with --- but never ends; read as markdown' }],
    };
  }
  const yaml = rest.slice(0, closing.index);
  const afterClosing = rest.indexOf('\n', closing.index);
  const body = afterClosing < 0 ? '' : rest.slice(afterClosing + 1);
  const bodyLine = 2 + countLines(yaml) + 1;

  let data: Record<string, unknown>;
  try {
    // Options are passed on purpose: without them gray-matter caches every input string forever.
    data = matter(`---\n${yaml}---\n`, { excerpt: false }).data;
  } catch (error) {
    return { body, bodyLine, warnings: [{ file, ...yamlProblem(error) }] };
  }

  const warnings: ReportIssue[] = [];
  const fields = normalizeKeys(data);
  const topic = fields.get('topic');
  const date = fields.get('research date') ?? fields.get('date');
  const sources = fields.get('sources analyzed') ?? fields.get('sources');
  let sourcesAnalyzed: number | undefined;
  if (sources !== undefined && sources !== null) {
    const n = Number(sources);
    if (Number.isInteger(n) && n >= 0) sourcesAnalyzed = n;
    else warnings.push({ file, reason: `Sources Analyzed is not a whole number: ${String(sources)}` });
  }
  return {
    topic: topic == null ? undefined : foldWhitespace(String(topic)),
    date: date == null ? undefined : formatDate(date),
    sourcesAnalyzed,
    body,
    bodyLine,
    warnings,
  };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Keys compared without case, spacing or underscores: `Research Date`, `research_date`. */
function normalizeKeys(data: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    fields.set(key.toLowerCase().replace(/[\s_-]+/g, ' ').trim(), value);
  }
  return fields;
}

function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** YAML turns `2026-01-15` into a Date; give it back as the author wrote it. */
function formatDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  return foldWhitespace(String(value));
}

function yamlProblem(error: unknown): { line?: number; reason: string } {
  // js-yaml errors carry `mark.line` (0-based, within the YAML) and a one-line `reason`.
  const yamlError = error as { reason?: string; message?: string; mark?: { line?: number } };
  const detail = yamlError.reason ?? String(yamlError.message ?? error).split('\n')[0];
  const line = typeof yamlError.mark?.line === 'number' ? yamlError.mark.line + 2 : undefined;
  return { line, reason: `front matter is not valid YAML (${detail}); topic taken from the file name` };
}
