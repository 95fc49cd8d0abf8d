// `npm run ask -- [options] "question"`, and `list`, `show <report>`, `status`, `help` as in
// Slack: the bot's answers in a terminal or a script, through the same handleRequest. Exit 0 when
// it answered (even with no results), 2 on unusable arguments (and a report `show` cannot find).

import dotenv from 'dotenv';
import { handleRequest } from '../answer/handleRequest.js';
import { ConfigError, libraryConfigFromEnv } from '../config.js';
import { attachSemanticSearch } from '../library/attachSemanticSearch.js';
import { Library } from '../library/library.js';
import { libraryCollections } from '../library/libraryCollections.js';
import { serveReports } from '../library/serveReports.js';
import { listReportFiles, ReportsFolderError } from '../reports/loadReports.js';
import { answerHints, answerJson } from '../render/answerJson.js';
import { replyText } from '../render/replyText.js';
import { terminalWidth } from '../render/wrapText.js';
import { ArgumentError, DEFAULT_LIMIT, parseAskArguments } from './askArguments.js';
import { askScope } from './askScope.js';

const USAGE = `Usage:
  npm run ask -- [options] "question"
  npm run ask -- [options] list             the reports, with date, claims and sources
  npm run ask -- [options] show <report>    one report: summary, research angles, conclusions
  npm run ask -- [options] status           what is served, and report files with problems

Options:
  --limit N        claims to show (default ${DEFAULT_LIMIT})
  --json           one JSON object on stdout, for scripts
  --reports DIR    the reports folder (default $REPORTS_DIR, or reports)
  --collection C   only the reports of collection C (a subfolder) and the top-level ones;
                   repeat for more (default: the channels file's default, or every report)
  --channel ID     the reports channel ID sees, by the channels file ($CHANNELS_FILE, or channels.yml)
  --width N        wrap text to N columns (default: the terminal's width, or 100); 0: no wrapping
  --list           the same as list
  -h, --help       this help

Question syntax: free text, "a quoted phrase" that must appear,
report:<id>, perspective:<word>, since:YYYY-MM-DD, strength:quoted|multi-source.
`;

function usageError(message: string): never {
  process.stderr.write(`ask: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let args;
  try {
    args = parseAskArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    usageError(error.message);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const request = args.list ? 'list' : args.words.join(' ').trim();
  if (request === '') usageError('ask a question (or list, show <report>, status)');

  let settings;
  try {
    settings = libraryConfigFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) usageError(error.message);
    throw error;
  }
  const reportsDir = args.reports ?? settings.reportsDir;
  try {
    await listReportFiles(reportsDir);
  } catch (error) {
    if (error instanceof ReportsFolderError) usageError(error.message);
    throw error;
  }
  const library = new Library();
  await serveReports(library, { reportsDir, cacheDir: settings.reportCacheDir, maxReportBytes: settings.maxReportBytes }).ready;
  if (settings.embeddings) {
    // A failing embeddings API is said on stderr, and the answer is lexical.
    const semantic = attachSemanticSearch(library, settings.embeddings, {
      reportsDir,
      cacheDir: settings.reportCacheDir,
      onChange: ({ status, reason }) => {
        if (status === 'off') process.stderr.write(`note: semantic search is off, answering lexically: ${reason}\n`);
      },
    });
    await semantic.sync();
    semantic.close();
  }

  const scoped = await askScope(args, settings.channelsFile, libraryCollections(library));
  if (!scoped.ok) usageError(scoped.message);
  for (const note of scoped.notes) process.stderr.write(`note: ${note}\n`);

  const reply = await handleRequest({ library: library.view(scoped.scope), now: Date.now }, 'cli', request);
  if (reply.kind === 'no-such-report') {
    process.stderr.write(`ask: ${replyText(reply, { limit: args.limit, width: 0, usage: USAGE })}`);
    process.exit(2);
  }
  if (!args.json) {
    process.stdout.write(replyText(reply, { limit: args.limit, width: args.width ?? terminalWidth(process.stdout), usage: USAGE }));
    return;
  }
  switch (reply.kind) {
    case 'answer':
      // Hints go to stderr too: stdout carries the one JSON object and nothing else.
      for (const hint of answerHints(reply.answer)) process.stderr.write(`note: ${hint}\n`);
      return printJson(answerJson(reply.answer, args.limit));
    case 'list':
      // One line, as it always was.
      process.stdout.write(
        `${JSON.stringify({ reports: reply.reports.map(({ id, file, topic, date, sourcesAnalyzed, claims }) => ({ id, file, topic, date, sourcesAnalyzed: sourcesAnalyzed ?? null, claims: claims.length })) })}\n`,
      );
      return;
    case 'show': {
      const { id, file, topic, date, sourcesAnalyzed, claims, summary, angles, conclusions } = reply.report;
      return printJson({ report: { id, file, topic, date, sourcesAnalyzed: sourcesAnalyzed ?? null, claims: claims.length, summary, angles, conclusions } });
    }
    case 'status':
      return printJson(reply.status);
    case 'help':
    case 'rate-limited':
      process.stdout.write(USAGE);
  }
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

await main();
