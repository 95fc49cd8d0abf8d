// The channels file followed live, on disk: a file rewritten in place is empty for a moment, and
// that moment must not count as "no rules" (every report everywhere).

import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChannelRulesChange, LiveChannelRules } from '../../src/access/liveChannelRules.js';
import { eventually } from '../support/eventually.js';

let dir: string;
let live: LiveChannelRules | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-live-channels-'));
});
afterEach(async () => {
  live?.close();
  await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the channels file, followed live', () => {
  it('is read once a rewrite in place is done, never while it is empty', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'channels:\n  C0MARKET1: [marketing]\ndefault: []\n');
    const changes: ChannelRulesChange[] = [];
    live = await LiveChannelRules.open({ path, required: true }, { pollMs: 20, settleMs: 400, onChange: (change) => changes.push(change) });
    const seen: string[] = [];
    const sample = setInterval(() => seen.push(JSON.stringify(live?.rules.fallback)), 5);
    try {
      // As a tool that truncates, then writes a while later.
      const file = await open(path, 'r+');
      await file.truncate(0);
      await sleep(80);
      await file.write('channels:\n  C0MARKET1: [engineering]\ndefault: [shared]\n', 0);
      await file.close();
      await eventually(() => expect(live?.rules.fallback).toEqual(['shared']), 5000);
    } finally {
      clearInterval(sample);
    }
    // Only the old rules, then the new: never none in between (the sampler may miss the last).
    expect([...new Set(seen)].filter((rules) => rules !== '[]' && rules !== '["shared"]')).toEqual([]);
    expect(seen).toContain('[]');
    expect(changes).toEqual([{ kind: 'reloaded', rules: live.rules, warnings: [] }]);
    expect(live.rules.channels.get('C0MARKET1')).toEqual(['engineering']);
  });

  it('says nothing while a file that was never there stays away, and reads it once it comes', async () => {
    const path = join(dir, 'channels.yml');
    const changes: ChannelRulesChange[] = [];
    live = await LiveChannelRules.open({ path, required: false }, { pollMs: 20, settleMs: 20, onChange: (change) => changes.push(change) });
    expect(live.present).toBe(false);
    await sleep(300);
    // The default channels.yml is optional: its absence at start is not a file that went.
    expect(changes).toEqual([]);
    await writeFile(path, 'default: []\n');
    await eventually(() => expect(changes).toEqual([{ kind: 'reloaded', rules: live!.rules, warnings: [] }]), 5000);
  });
});
