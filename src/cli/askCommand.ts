// What `npm run ask` does, apart from the process it runs in (ask.ts): the bot's answers in a
// terminal or a script, through the same handleRequest, written to the streams it is given, with
// its exit code returned: 0 when it answered (even with no results), 2 on unusable arguments (and
// a report `show` cannot find).

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
import type { CliIo } from './cliIo.js';
import { unexpectedError } from './unexpectedError.js';

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


/** Unusable arguments: said on stderr with the usage, exit code 2. */
class UsageExit extends Error {}

function usageError(message: string): never {
  throw new UsageExit(message);
}

/** Runs `ask` with these arguments; resolves to its exit code: 0 when it answered, 2 on unusable arguments or a report `show` cannot find, 1 when an unexpected error stopped it. */
export async function runAsk(argv: string[], io: CliIo): Promise<number> {
  try {
    return await ask(argv, io);
  } catch (error) {
    if (!(error instanceof UsageExit)) return unexpectedError('ask', error, io);
    io.stderr.write(`ask: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

async function ask(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseAskArguments(argv);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    usageError(error.message);
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const request = args.list ? 'list' : args.words.join(' ').trim();
  if (request === '') usageError('ask a question (or list, show <report>, status)');

  let settings;
  try {
    settings = libraryConfigFromEnv(io.env);
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
        if (status === 'off') io.stderr.write(`note: semantic search is off, answering lexically: ${reason}\n`);
      },
    });
    await semantic.sync();
    semantic.close();
  }

  const scoped = await askScope(args, settings.channelsFile, libraryCollections(library));
  if (!scoped.ok) usageError(scoped.message);
  for (const note of scoped.notes) io.stderr.write(`note: ${note}\n`);

  const reply = await handleRequest({ library: library.view(scoped.scope), now: Date.now }, 'cli', request);
  if (reply.kind === 'no-such-report') {
    io.stderr.write(`ask: ${replyText(reply, { limit: args.limit, width: 0, usage: USAGE })}`);
    return 2;
  }
  if (!args.json) {
    io.stdout.write(replyText(reply, { limit: args.limit, width: args.width ?? terminalWidth(io.stdout), usage: USAGE }));
    return 0;
  }
  switch (reply.kind) {
    case 'answer':
      // Hints go to stderr too: stdout carries the one JSON object and nothing else.
      for (const hint of answerHints(reply.answer)) io.stderr.write(`note: ${hint}\n`);
      printJson(io, answerJson(reply.answer, args.limit));
      return 0;
    case 'list':
      // One line, as it always was.
      io.stdout.write(
        `${JSON.stringify({ reports: reply.reports.map(({ id, file, topic, date, sourcesAnalyzed, claims }) => ({ id, file, topic, date, sourcesAnalyzed: sourcesAnalyzed ?? null, claims: claims.length })) })}\n`,
      );
      return 0;
    case 'show': {
      const { id, file, topic, date, sourcesAnalyzed, claims, summary, angles, conclusions } = reply.report;
      printJson(io, { report: { id, file, topic, date, sourcesAnalyzed: sourcesAnalyzed ?? null, claims: claims.length, summary, angles, conclusions } });
      return 0;
    }
    case 'status':
      printJson(io, reply.status);
      return 0;
    case 'help':
    case 'rate-limited':
      io.stdout.write(USAGE);
      return 0;
  }
}

function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
