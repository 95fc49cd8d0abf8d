// .env.example is where a newcomer learns what can be set: it names every environment variable
// the code reads (set, or commented out with its default), so a new one cannot be forgotten there.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every NAME read as process.env.NAME, env.NAME, env['NAME'] or value('NAME') (config.ts) under src/. */
async function variablesRead(): Promise<Set<string>> {
  const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((file) => file.endsWith('.ts'));
  const names = new Set<string>();
  for (const file of files) {
    const text = await readFile(join(ROOT, 'src', file), 'utf8');
    for (const [, , name] of text.matchAll(/(\benv\.|\benv\[['"]|\bvalue\(['"])([A-Z][A-Z0-9_]+)/g)) names.add(name!);
  }
  return names;
}

describe('.env.example', () => {
  it('names every environment variable the code reads', async () => {
    const example = await readFile(join(ROOT, '.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(([, name]) => name!));
    const read = await variablesRead();
    expect(read.size).toBeGreaterThanOrEqual(17);
    for (const name of ['RATE_LIMIT_PER_MINUTE', 'LOG_LEVEL', 'NODE_ENV', 'REPORT_CACHE_DIR']) expect(read).toContain(name);
    expect([...read].filter((name) => !listed.has(name)).sort()).toEqual([]);
  });

  it('copied as it is, with its placeholders not filled in, stops the bot naming each placeholder', async () => {
    const copied = dotenv.parse(await readFile(join(ROOT, '.env.example'), 'utf8'));
    const error = (() => {
      try {
        return configFromEnv(copied);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('SLACK_BOT_TOKEN is still the placeholder from .env.example');
    expect(message).toContain('SLACK_APP_TOKEN is still the placeholder from .env.example');
    // One filled in and the other emptied is a start in HTTP mode.
    expect(configFromEnv({ ...copied, SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: 'abc123' }).botToken).toBe('xoxb-1-2-abc');
  });

  it('copied as .env for the container (compose env_file, docker run --env-file), overrides none of the image\'s settings', async () => {
    const copied = dotenv.parse(await readFile(join(ROOT, '.env.example'), 'utf8'));
    const dockerfile = await readFile(join(ROOT, 'Dockerfile'), 'utf8');
    // The ENV instruction, continued over lines ending in a backslash.
    const env = /^ENV\s+((?:.*\\\n)*.*)$/m.exec(dockerfile)?.[1] ?? '';
    const image = [...env.matchAll(/([A-Z][A-Z0-9_]*)=/g)].map(([, name]) => name!);
    expect(image).toEqual(expect.arrayContaining(['REPORTS_DIR', 'FEEDBACK_LOG', 'REPORT_CACHE_DIR']));
    // An env file wins over the image's ENV: REPORTS_DIR=reports would serve nothing from the
    // /reports volume, FEEDBACK_LOG=feedback.jsonl would lose every vote outside /data.
    expect(image.filter((name) => name in copied)).toEqual([]);
  });
});
