// Semantic search while the claims are being embedded (issue 10), seen from outside the whole bot
// (runBot over loopback HTTP, the bundled reports, a fake embeddings API that answers one batch at
// a time when told): the progress is in /healthz and in the log, batch by batch, until it is on.

import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { type FakeEmbeddings, startFakeEmbeddings } from '../support/fakeEmbeddings.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { ask, type LiveBot, startLiveBot } from './support/liveBot.js';

let fake: FakeEmbeddings;
let h: LiveBot;

/** The bundled reports, each `copies` times under other names. */
async function copyBundled(dir: string, copies = 1): Promise<void> {
  const files = (await readdir(BUNDLED_REPORTS)).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (let copy = 0; copy < copies; copy++) {
    for (const file of files) await cp(join(BUNDLED_REPORTS, file), join(dir, copy === 0 ? file : file.replace(/\.md$/, `-${copy}.md`)));
  }
}

async function start(options: { copies?: number; waitForLoad?: boolean } = {}): Promise<void> {
  fake = await startFakeEmbeddings([['zorblat', 'quiphen']]);
  fake.hold();
  h = await startLiveBot({
    prepare: (dir) => copyBundled(dir, options.copies),
    config: { embeddings: { url: fake.url, model: 'fake-embed' } },
    waitForLoad: options.waitForLoad ?? true,
  });
}

afterEach(async () => {
  fake?.release();
  await h?.stop();
  await fake?.close();
});

interface Semantic {
  status: string;
  model: string;
  embedded: number;
  total: number;
  searches: number;
}

async function semanticHealth(): Promise<Semantic> {
  const response = await fetch(`${h.url}/healthz`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { semantic: Semantic }).semantic;
}

function progressLines(): { embedded: number; total: number; level: number }[] {
  return h.logLines
    .map((line) => JSON.parse(line) as { msg: string; embedded: number; total: number; level: number })
    .filter((entry) => entry.msg === 'embedding claims')
    .map(({ embedded, total, level }) => ({ embedded, total, level }));
}

describe('claims embedded in batches as the reports are read', () => {
  it('shows how far it got in /healthz and the log, batch by batch, and answers meanwhile', async () => {
    await start();
    const total = h.bot.library.claimCount;
    expect(total).toBeGreaterThan(64); // two batches of 64 at least

    // The first batch is asked for and waits: nothing is embedded yet.
    await fake.untilWaiting(1);
    expect(fake.waiting).toBe(1);
    const first = fake.requests[0]!.input.length;
    expect(await semanticHealth()).toMatchObject({ status: 'embedding', model: 'fake-embed', embedded: 0 });
    expect(progressLines()).toEqual([]);
    // Answers do not wait for the embedding: they are lexical meanwhile.
    expect(await ask(h, 'do heat pumps work in the cold?')).toContain('claims');

    fake.release(1);
    await eventually(() => expect(progressLines()[0]).toMatchObject({ embedded: first, level: 30 }));
    expect(await semanticHealth()).toMatchObject({ status: 'embedding', model: 'fake-embed', embedded: first });

    fake.release();
    await eventually(async () => expect(await semanticHealth()).toEqual({ status: 'on', model: 'fake-embed', embedded: total, total, searches: 0 }));
    const lines = progressLines();
    expect(lines.at(-1)).toEqual({ embedded: total, total, level: 30 });
    expect(lines.map((l) => l.embedded)).toEqual([...lines.map((l) => l.embedded)].sort((a, b) => a - b));
    // In batches of at most 64 claims, each claim once.
    expect(fake.requests.length).toBeGreaterThanOrEqual(2);
    expect(fake.requests.every((r) => r.input.length <= 64)).toBe(true);
    expect(fake.requests.reduce((sum, r) => sum + r.input.length, 0)).toBe(total);
  });

  it('starts while the folder is still being read, not after', async () => {
    // Enough files that reading them outlasts the first batch's request, however fast parsing gets.
    const copies = 60;
    await start({ copies, waitForLoad: false });
    // The first batch of reports read is sent to be embedded at once, and waits there...
    await fake.untilWaiting(1);
    expect(fake.waiting).toBe(1);
    const response = await fetch(`${h.url}/healthz`);
    const health = (await response.json()) as { status: string; semantic: Semantic };
    // ...while the rest of the files are still being read.
    expect(health.status).toBe('loading');
    expect(health.semantic).toMatchObject({ status: 'embedding', embedded: 0 });
    expect(health.semantic.total).toBeLessThan(copies * 72);
    fake.release();
    await h.bot.loaded;
    await eventually(async () => expect(await semanticHealth()).toEqual({ status: 'on', model: 'fake-embed', embedded: h.bot.library.claimCount, total: h.bot.library.claimCount, searches: 0 }), 20_000);
  }, 60_000);
});
