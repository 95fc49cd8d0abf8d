// The channels file followed live, on disk: a file rewritten in place is empty or half-written for
// a moment, and that moment must not count as "no rules" (every report everywhere), as an error, or
// as a reload of the rules already in use.

import { mkdtemp, open, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChannelRulesChange, fileVersion, LiveChannelRules } from '../../src/access/liveChannelRules.js';
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

/** Waits until the watcher has looked at the file as it is now and has nothing more to read of it. */
async function checked(settled: string[], path: string): Promise<void> {
  const version = await fileVersion(path);
  await eventually(() => expect(settled).toContain(version), 10_000);
}

/** Writes the file whole in one step, as a deploy does: no empty or half-written moment. */
async function replace(path: string, text: string): Promise<void> {
  await writeFile(`${path}.new`, text);
  await rename(`${path}.new`, path);
}

describe('the channels file, followed live', () => {
  it('is read once a rewrite in place is done, never while it is empty', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'channels:\n  C0MARKET1: [marketing]\ndefault: []\n');
    const changes: ChannelRulesChange[] = [];
    // The writer pauses until the watcher has seen the empty file, far less than the settle.
    const polled: string[] = [];
    live = await LiveChannelRules.open({ path, required: true }, { pollMs: 20, settleMs: 1000, onChange: (change) => changes.push(change), onSeen: (version) => polled.push(version) });
    const seen: string[] = [];
    const sample = setInterval(() => seen.push(JSON.stringify(live?.rules.fallback)), 5);
    try {
      // As a tool that truncates, then writes a while later: once the watcher has seen it empty.
      const file = await open(path, 'r+');
      await file.truncate(0);
      const empty = await fileVersion(path);
      await eventually(() => expect(polled).toContain(empty), 5000);
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
    const settled: string[] = [];
    live = await LiveChannelRules.open({ path, required: false }, { pollMs: 20, settleMs: 20, onChange: (change) => changes.push(change), onSettled: (version) => settled.push(version) });
    expect(live.present).toBe(false);
    await checked(settled, path);
    // The default channels.yml is optional: its absence at start is not a file that went.
    expect(changes).toEqual([]);
    await writeFile(path, 'default: []\n');
    await eventually(() => expect(changes).toEqual([{ kind: 'reloaded', rules: live!.rules, warnings: [] }]), 5000);
  });

  it('says nothing of a file that holds the rules already in use, however often it is written', async () => {
    const path = join(dir, 'channels.yml');
    const changes: ChannelRulesChange[] = [];
    const settled: string[] = [];
    live = await LiveChannelRules.open({ path, required: false }, { pollMs: 20, settleMs: 20, onChange: (change) => changes.push(change), onSettled: (version) => settled.push(version) });
    // Created empty, as a write in place starts: no rules, the same as no file, so nothing to say.
    await (await open(path, 'w')).close();
    await checked(settled, path);
    expect(changes).toEqual([]);
    await replace(path, 'default: []\n');
    await eventually(() => expect(changes).toEqual([{ kind: 'reloaded', rules: live!.rules, warnings: [] }]), 5000);
    // Written again with the same rules (a new file, as a deploy makes): still those rules, nothing new.
    await replace(path, '# the same rules\ndefault: []\n');
    await checked(settled, path);
    expect(changes).toHaveLength(1);
    await replace(path, 'default: [shared]\n');
    await eventually(() => expect(live?.rules.fallback).toEqual(['shared']), 5000);
    expect(changes.map((change) => change.kind === 'reloaded' && change.rules.fallback)).toEqual([[], ['shared']]);
  });

  it('says the rules again once a problem with the file is over, even when they are the ones in use', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'default: []\n');
    const changes: ChannelRulesChange[] = [];
    live = await LiveChannelRules.open({ path, required: true }, { pollMs: 20, settleMs: 20, onChange: (change) => changes.push(change) });
    await replace(path, 'default: [\n');
    await eventually(() => expect(changes.map((change) => change.kind)).toEqual(['invalid']), 5000);
    await replace(path, 'default: []\n');
    await eventually(() => expect(changes.map((change) => change.kind)).toEqual(['invalid', 'reloaded']), 5000);
  });

  it('reads a file written in pieces only once it is whole, though the poll comes round less often than it settles', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'default: []\n');
    const changes: ChannelRulesChange[] = [];
    live = await LiveChannelRules.open({ path, required: true }, { pollMs: 1500, settleMs: 500, onChange: (change) => changes.push(change) });
    // Until the closing bracket every piece leaves the file unreadable; the pauses are far shorter
    // than the settle, and the writing outlasts a poll and a settle, so a read the poll's timing
    // alone decides lands in the middle.
    const collections = Array.from({ length: 120 }, (_, i) => `c${i}`);
    const file = await open(path, 'w');
    try {
      await file.write('default: [');
      for (const collection of collections) {
        await file.write(`${collection}, `);
        await sleep(20);
      }
      await file.write('shared]\n');
    } finally {
      await file.close();
    }
    await eventually(() => expect(live?.rules.fallback).toEqual([...collections, 'shared']), 10_000);
    expect(changes).toEqual([{ kind: 'reloaded', rules: live.rules, warnings: [] }]);
  });

  it('sees a change made as it starts, before the poll has come round', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'default: []\n');
    const changes: ChannelRulesChange[] = [];
    // The poll's first look may already find the new file, and its next is beyond the test.
    live = await LiveChannelRules.open({ path, required: true }, { pollMs: 60_000, settleMs: 500, onChange: (change) => changes.push(change) });
    await replace(path, 'default: [shared]\n');
    await eventually(() => expect(changes).toEqual([{ kind: 'reloaded', rules: live!.rules, warnings: [] }]), 5000);
    expect(live.rules.fallback).toEqual(['shared']);
  });

  it('reads again a rewrite in place that leaves the stat as it was at the read (git\'s racy clean), until a read is clear of it', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'channels:\n  C0MARKET1: [marketing]\ndefault: []\n');
    // A rewrite within the file clock's tick keeps the time; setting it back makes that certain. The
    // watcher's clock is held at the file's time, so every read is within the tick however slowly
    // this test runs; the time is in the past, so by the real clock no read would be.
    const dated = Math.floor(Date.now() / 1000) - 60;
    await utimes(path, dated, dated);
    const version = await fileVersion(path);
    let clock = dated * 1000;
    const changes: ChannelRulesChange[] = [];
    const settled: string[] = [];
    live = await LiveChannelRules.open(
      { path, required: true },
      { pollMs: 20, settleMs: 20, now: () => clock, onChange: (change) => changes.push(change), onSettled: (seen) => settled.push(seen) },
    );
    expect(live.rules.channels.get('C0MARKET1')).toEqual(['marketing']);
    for (const channel of ['C0MARKET2', 'C0MARKET3']) {
      const file = await open(path, 'r+');
      await file.write(channel, 'channels:\n  '.length);
      await file.close();
      await utimes(path, dated, dated);
      expect(await fileVersion(path)).toBe(version);
      await eventually(() => expect([...live!.rules.channels.keys()]).toEqual([channel]), 5000);
    }
    expect(changes.map((change) => change.kind)).toEqual(['reloaded', 'reloaded']);
    // Racy, so read again and again, never settled; once the clock is clear of the change, it is.
    expect(settled).not.toContain(version);
    clock = Date.now();
    await checked(settled, path);
    expect(changes).toHaveLength(2);
  });

  it('reads a file dated ahead of the clock once, and not again while it stays as it is', async () => {
    const path = join(dir, 'channels.yml');
    await writeFile(path, 'default: []\n');
    // As a copy that keeps the times of a build machine whose clock runs ahead: no write the read
    // could have missed, since any write from now on dates the file now.
    const ahead = Math.floor(Date.now() / 1000) + 3600;
    await utimes(path, ahead, ahead);
    const changes: ChannelRulesChange[] = [];
    const settled: string[] = [];
    live = await LiveChannelRules.open({ path, required: true }, { pollMs: 20, settleMs: 20, onChange: (change) => changes.push(change), onSettled: (version) => settled.push(version) });
    const version = await fileVersion(path);
    // Settled at all: read as racy it would never be.
    await checked(settled, path);
    // Not looked at again while it stays: that is nothing happening, which no signal marks, so it
    // is watched for many settles (a later write as the mark instead would catch a watcher that
    // settles it again only when its next settle happened to come before the write).
    await sleep(500);
    expect(settled).toEqual([version]);
    // Written again (dated now, before its time): seen and read.
    await replace(path, 'default: [shared]\n');
    await checked(settled, path);
    expect(settled).toEqual([version, await fileVersion(path)]);
    expect(changes).toEqual([{ kind: 'reloaded', rules: live.rules, warnings: [] }]);
  });
});
