// The channels file, read from real files on disk as the bot and the terminal read it: what it
// allows, and a clear message (file, line, what to write) for what it cannot be.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelScope } from '../../src/access/channelScope.js';
import { NO_RULES, unknownCollections } from '../../src/access/channelsFile.js';
import { readChannelsFile } from '../../src/access/readChannelsFile.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-channels-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(text: string, required = true) {
  const path = join(dir, 'channels.yml');
  await writeFile(path, text);
  return readChannelsFile({ path, required });
}

describe('the channels file', () => {
  it('reads the documented shape: channel ids to collections, and a default', async () => {
    const result = await read(
      [
        'channels:',
        '  C0123ABCD: [marketing, shared]   # a channel id; names change, ids do not',
        '  C0456EFGH: []                     # top-level reports only',
        '  G0789IJKL:',
        '    - engineering/',
        '    - marketing\\emea',
        'default: all',
        '',
      ].join('\n'),
    );
    expect(result).toMatchObject({ ok: true, warnings: [], present: true });
    if (!result.ok) return;
    expect([...result.rules.channels]).toEqual([
      ['C0123ABCD', ['marketing', 'shared']],
      ['C0456EFGH', []],
      ['G0789IJKL', ['engineering', 'marketing/emea']],
    ]);
    expect(result.rules.fallback).toBe('all');
    expect(channelScope(result.rules, 'C0123ABCD')).toEqual({ collections: ['marketing', 'shared'], topLevel: true });
    expect(channelScope(result.rules, 'C0456EFGH')).toEqual({ collections: [], topLevel: true });
    expect(channelScope(result.rules, 'CNOTLISTED')).toBe('all');
    expect(channelScope(result.rules, undefined)).toBe('all');
  });

  it('takes a list as the default, and reads an empty file (or one of comments) as no rules', async () => {
    const listed = await read('default: [shared]\n');
    expect(listed.ok && channelScope(listed.rules, 'C0123ABCD')).toEqual({ collections: ['shared'], topLevel: true });
    const empty = await read('# nothing yet\n');
    expect(empty).toMatchObject({ ok: true, rules: NO_RULES });
  });

  it('is optional at the default path, and required where CHANNELS_FILE names it', async () => {
    const path = join(dir, 'nowhere.yml');
    expect(await readChannelsFile({ path, required: false })).toEqual({ ok: true, rules: NO_RULES, warnings: [], present: false });
    expect(await readChannelsFile({ path, required: true })).toEqual({
      ok: false,
      missing: true,
      message: `CHANNELS_FILE ${path} does not exist; create it, or unset CHANNELS_FILE to let every channel see every report`,
    });
    await mkdir(join(dir, 'folder.yml'));
    expect(await readChannelsFile({ path: join(dir, 'folder.yml'), required: false })).toMatchObject({ ok: false, message: expect.stringContaining('is a folder, not a file') });
  });

  it('names the line of bad YAML', async () => {
    const result = await read('channels:\n  C0123ABCD: [marketing, shared\ndefault: all\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(new RegExp(`^channels file ${escape(join(dir, 'channels.yml'))}, line \\d: not valid YAML \\(.+\\)$`));
    const indented = await read('channels:\n  C0123ABCD: [marketing]\n C0456EFGH: [shared]\n');
    expect(indented).toMatchObject({ ok: false, message: expect.stringMatching(/, line 3: not valid YAML \(bad indentation/) });
  });

  it('says what to write instead of a shape it cannot use', async () => {
    const cases: [string, RegExp][] = [
      ['- marketing\n', /must be a mapping with `channels:` and `default:`/],
      ['channel:\n  C0123ABCD: [marketing]\n', /unknown key `channel`; the file has `channels:` and `default:`/],
      ['channels: [C0123ABCD]\n', /`channels:` must map channel ids to lists of collections \(e\.g\. C0123ABCD: \[marketing, shared\]/],
      ['channels:\n  C0123ABCD: marketing\n', /`channels\.C0123ABCD` must be a list of collections/],
      ['channels:\n  C0123ABCD: [marketing, {a: 1}]\n', /`channels\.C0123ABCD` must be a list of collections/],
      ['default: everything\n', /`default:` must be `all` or a list of collections/],
      ['channels:\n  C0123ABCD: [a]\n  C0123ABCD: [b]\n', /not valid YAML \(duplicated mapping key\)/],
    ];
    for (const [text, reason] of cases) {
      const result = await read(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message, text).toMatch(reason);
    }
  });

  it('warns of a channel written by name, which no channel id matches', async () => {
    const result = await read('channels:\n  "#marketing": [marketing]\n');
    expect(result).toMatchObject({ ok: true, warnings: [expect.stringMatching(/`#marketing` is not a channel id \(like C0123ABCD\), so no channel matches it/)] });
  });

  it('names each collection that is no folder of the reports folder, and where it is used', async () => {
    const result = await read('channels:\n  C0123ABCD: [marketing, shraed]\n  C0456EFGH: [shraed]\ndefault: [engineering]\n');
    if (!result.ok) throw new Error(result.message);
    expect(unknownCollections(result.rules, ['marketing', 'marketing/emea'])).toEqual([
      'collection `shraed` (in `channels.C0123ABCD`, `channels.C0456EFGH`) is no folder of the reports folder (the collections are: marketing, marketing/emea); it shows nothing until it exists',
      'collection `engineering` (in `default`) is no folder of the reports folder (the collections are: marketing, marketing/emea); it shows nothing until it exists',
    ]);
    expect(unknownCollections(result.rules, ['marketing', 'shraed', 'engineering'])).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
