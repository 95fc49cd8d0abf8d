// `npm run ask -- [--reports DIR] [--json] [--limit N] "question"` and `npm run ask -- --list`:
// the bot's answers in a terminal or a script. Exit 0 when it answered (even with no results),
// 2 on unusable arguments.

import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { answerQuestion } from '../answer/answerQuestion.js';
import { ConfigError, libraryConfigFromEnv } from '../config.js';
import { Library } from '../library/library.js';
import { serveReports } from '../library/serveReports.js';
import { listReportFiles, ReportsFolderError } from '../reports/loadReports.js';
import { answerJson } from '../render/answerJson.js';
import { answerText, errorLines } from '../render/answerText.js';
import { reportListText } from '../render/reportListText.js';

const USAGE = `Usage:
  npm run ask -- [--reports DIR] [--json] [--limit N] "question"
  npm run ask -- [--reports DIR] --list

Question syntax: free text, "a quoted phrase" that must appear,
report:<id>, perspective:<word>, since:YYYY-MM-DD.
`;

function usageError(message: string): never {
  process.stderr.write(`ask: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        reports: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) usageError(`--limit takes a whole number from 1, not "${values.limit}"`);
  const question = positionals.join(' ').trim();
  if (!values.list && question === '') usageError('ask a question');

  let settings;
  try {
    settings = libraryConfigFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) usageError(error.message);
    throw error;
  }
  const reportsDir = values.reports ?? settings.reportsDir;
  try {
    await listReportFiles(reportsDir);
  } catch (error) {
    if (error instanceof ReportsFolderError) usageError(error.message);
    throw error;
  }
  const library = new Library();
  await serveReports(library, { reportsDir, cacheDir: settings.reportCacheDir, maxReportBytes: settings.maxReportBytes }).ready;

  if (values.list) {
    const output = values.json
      ? `${JSON.stringify({ reports: library.reports.map(({ id, file, topic, date, sourcesAnalyzed, claims }) => ({ id, file, topic, date, sourcesAnalyzed: sourcesAnalyzed ?? null, claims: claims.length })) })}\n`
      : reportListText(library.reports) + (library.errors.length ? `\n${errorLines(library.errors).join('\n')}\n` : '');
    process.stdout.write(output);
    return;
  }

  const answer = answerQuestion(library, question);
  if (values.json) {
    // Hints go to stderr: stdout carries the one JSON object and nothing else.
    for (const problem of answer.problems) process.stderr.write(`note: ${problem.replace(/`/g, '')}\n`);
    process.stdout.write(`${JSON.stringify(answerJson(answer, limit), null, 2)}\n`);
  } else {
    process.stdout.write(answerText(answer, limit));
  }
}

await main();
