// The project's npm scripts as people and tools type them: `npm run ask -- --json` gives one JSON
// object on stdout (npm's banner stays off it), and npm's own errors are shown, not swallowed.

import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/productionBuild.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { cliEnvironment, type CliRun } from './runCli.js';

function npm(args: string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    // The environment npm gives scripts would override the project .npmrc; start clean of it, and
    // of the bot's variables a developer may have set (cliEnvironment).
    const env = Object.fromEntries(Object.entries(cliEnvironment()).filter(([name]) => !/^npm_/i.test(name)));
    execFile('npm', args, { cwd, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('npm scripts', () => {
  it('npm run ask -- --json prints one JSON object on stdout and nothing else', async () => {
    const run = await npm(['run', 'ask', '--', '--reports', BUNDLED_REPORTS, '--json', 'heat pumps in the cold']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.query).toBe('heat pumps in the cold');
    expect(json.results[0].report.id).toBe('heat-pumps-cold-climates');
    // npm's "> report-bot@… ask" banner went to stderr.
    expect(run.stderr).toContain('> tsx src/cli/ask.ts');
  });

  it('npm says so when a script does not exist', async () => {
    const run = await npm(['run', 'asdf']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Missing script: "asdf"');
  });

  it('a failing install says why, with the project .npmrc', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-bot-npmrc-'));
    try {
      await copyFile(join(ROOT, '.npmrc'), join(dir, '.npmrc'));
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'broken', version: '1.0.0', dependencies: { gone: 'file:./gone.tgz' } }));
      const run = await npm(['install', '--offline', '--no-audit', '--no-fund'], dir);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/npm error .*ENOENT.*gone\.tgz/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
