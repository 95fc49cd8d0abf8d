// What `npm run check` does (check.ts), apart from the process it runs in: a linter for report
// authors, writing to the streams it is given and returning its exit code.

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, libraryConfigFromEnv } from '../config.js';
import { listReportFiles, loadReportFile, ReportsFolderError } from '../reports/loadReports.js';
import { evidenceFlagCounts } from '../reports/evidenceFlags.js';
import { lintReport } from '../reports/lintReport.js';
import type { Report, ReportIssue } from '../reports/model.js';
import type { CliIo } from './cliIo.js';
import { unexpectedError } from './unexpectedError.js';

/** The project's own example reports (reports/ beside src/ or dist/), whose warnings are deliberate. */
const BUNDLED_REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url));

/** Says that warnings break nothing, and that the bundled examples have theirs on purpose. */
function warningsNote(dir: string, warnings: number, broken: number): string[] {
  if (warnings === 0) return [];
  const note = [broken === 0 ? 'Warnings are things to fix; every report is still served.' : 'Warnings are things to fix; they do not stop a report from being served.'];
  if (resolve(dir) === resolve(BUNDLED_REPORTS)) {
    note.push(`These are the bundled example reports: their ${warnings} warning${warnings === 1 ? ' is' : 's are'} on purpose, to show variations real reports have (reports/README.md).`);
  }
  return note;
}

function format(dir: string, severity: 'error' | 'warning', issue: ReportIssue): string {
  const where = `${join(dir, issue.file)}${issue.line !== undefined ? `:${issue.line}` : ''}`;
  return `${where}: ${severity === 'warning' ? 'warning: ' : ''}${issue.reason}`;
}

function evidenceLine(dir: string, report: Report): string {
  const counts = evidenceFlagCounts(report);
  const n = report.claims.length;
  const flagged = counts.length === 0 ? 'none flagged' : counts.map(([flag, count]) => `${count} ${flag}`).join(', ');
  return `  ${join(dir, report.file)}: ${n} claim${n === 1 ? '' : 's'}: ${flagged}`;
}

const USAGE = `usage: npm run check -- [DIR]
  Checks the report files in DIR (default $REPORTS_DIR, or reports) and its subfolders: prints each
  problem as file:line: reason, then how each report's claims are supported. Exits 1 when a report
  cannot be served, 2 when DIR cannot be read.
`;

/** Runs `check` with these arguments; resolves to its exit code: 0 every report served, 1 one is broken (or an unexpected error stopped it), 2 unusable arguments or folder. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  try {
    return await check(args, io);
  } catch (error) {
    return unexpectedError('check', error, io);
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const print = (line: string): void => void io.stdout.write(`${line}\n`);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const option = args.find((arg) => arg.startsWith('-'));
  const misuse = option !== undefined ? `unknown option ${option}` : args.length > 1 ? `one reports folder at most, not ${args.length}` : undefined;
  if (misuse) {
    io.stderr.write(`check: ${misuse}\n\n${USAGE}`);
    return 2;
  }
  let settings;
  try {
    settings = libraryConfigFromEnv(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`check: ${error.message}\n`);
    return 2;
  }
  const dir = args[0] ?? settings.reportsDir;
  let files: string[];
  try {
    files = await listReportFiles(dir);
  } catch (error) {
    if (!(error instanceof ReportsFolderError)) throw error;
    io.stderr.write(`check: ${error.message}\n`);
    return 2;
  }
  let broken = 0;
  let warnings = 0;
  let claims = 0;
  const served: Report[] = [];
  for (const name of files) {
    const result = await loadReportFile(dir, name, settings.maxReportBytes);
    if (!result.ok) {
      broken++;
      print(format(dir, 'error', result.error));
      continue;
    }
    claims += result.report.claims.length;
    served.push(result.report);
    for (const issue of [...result.warnings, ...lintReport(result.report)]) {
      warnings++;
      print(format(dir, 'warning', issue));
    }
  }
  if (served.length > 0) print(['', 'Evidence, claims per flag (see the README, "Evidence flags"):', ...served.map((r) => evidenceLine(dir, r))].join('\n'));
  print(
    `\n${files.length} report file${files.length === 1 ? '' : 's'}: ${served.length} served (${claims} claims), ${broken} broken, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  );
  for (const line of warningsNote(dir, warnings, broken)) print(line);
  return broken > 0 ? 1 : 0;
}
