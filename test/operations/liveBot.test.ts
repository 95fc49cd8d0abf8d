// The running bot over HTTP on loopback, with a real reports folder that changes under it.

import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { runBot, type RunningBot } from '../../src/runBot.js';
import { FIXTURE_REPORTS } from '../support/reportsFolders.js';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import { allText } from '../slack/support/messages.js';
import { SIGNING_SECRET, SlackSender } from '../slack/support/signedRequests.js';
import { eventually } from '../support/eventually.js';
import { reportText as report } from '../support/reportText.js';

const BOT_TOKEN = 'xoxb-1111111111-2222222222-SecretBotTokenValue';

interface Harness {
  bot: RunningBot;
  slack: FakeSlack;
  sender: SlackSender;
  url: string;
  dir: string;
  logLines: string[];
}

let harness: Harness | undefined;
let asked = 0;

async function start(config: Partial<Config> = {}): Promise<Harness> {
  const slack = new FakeSlack();
  await slack.start();
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-live-'));
  await cp(join(FIXTURE_REPORTS, 'valid-minimal.md'), join(dir, 'valid-minimal.md'));
  const logLines: string[] = [];
  const full: Config = {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    reportsDir: dir,
    slackApiUrl: slack.apiUrl,
    feedbackLog: join(dir, 'feedback.jsonl'),
    rateLimitPerMinute: 0,
    logLevel: 'debug',
    ...config,
  };
  const logger = createLogger({ secrets: [BOT_TOKEN, SIGNING_SECRET], level: 'debug', pretty: false, destination: { write: (l) => logLines.push(l) } });
  const bot = await runBot(full, { logger, clientOptions: { retryConfig: { retries: 0 } }, watch: { settleMs: 50, maxWaitMs: 300 } });
  if (bot.started.mode !== 'http') throw new Error('expected HTTP mode');
  await bot.loaded;
  const url = `http://127.0.0.1:${bot.started.port}`;
  harness = { bot, slack, sender: new SlackSender(`${url}/slack/events`), url, dir, logLines };
  return harness;
}

afterEach(async () => {
  if (!harness) return;
  await harness.bot.stop(1000);
  await harness.slack.stop();
  await rm(harness.dir, { recursive: true, force: true });
  harness = undefined;
});

/** Asks by /reports and returns the text of the private answer. */
async function ask(h: Harness, question: string, user = 'U0000ASKER'): Promise<string> {
  const id = `ask-${++asked}`;
  const reply = await h.sender.command(question, h.slack.responseUrl(id), { user });
  expect(reply.status).toBe(200);
  return allText((await h.slack.waitForResponse(id)).body);
}

interface Health {
  status: string;
  reports: number;
  claims: number;
  errors: { file: string; reason: string }[];
  lastReload: string;
}

async function health(h: Harness): Promise<Health> {
  const response = await fetch(`${h.url}/healthz`);
  expect(response.status).toBe(200);
  return (await response.json()) as Health;
}

describe('the running bot follows its reports folder', () => {
  it('answers from added, changed, broken, fixed and deleted reports without a restart', async () => {
    const h = await start();
    expect(await ask(h, 'otters rocks tools')).toContain('Nothing in the reports matches');

    await writeFile(join(h.dir, 'otters.md'), report('Otters', ['Sea otters use rocks as tools.']));
    await eventually(async () => expect(await ask(h, 'otters rocks tools')).toContain('Sea otters use rocks as tools.'));

    await writeFile(join(h.dir, 'otters.md'), report('Otters', ['River otters hold hands while sleeping.']));
    await eventually(async () => {
      const text = await ask(h, 'otters');
      expect(text).toContain('River otters hold hands while sleeping.');
      expect(text).not.toContain('Sea otters use rocks');
    });

    await writeFile(join(h.dir, 'otters.md'), '---\nTopic: Otters\n---\n# Half written\n');
    await eventually(async () => expect((await health(h)).errors.map((e) => e.file)).toEqual(['otters.md']));
    expect((await health(h)).errors[0]?.reason).toMatch(/no claims.*last good version is still served/);
    expect(await ask(h, 'otters')).toContain('River otters hold hands while sleeping.');

    await writeFile(join(h.dir, 'otters.md'), report('Otters', ['Otters were fixed.']));
    await eventually(async () => expect(await ask(h, 'otters')).toContain('Otters were fixed.'));
    expect((await health(h)).errors).toEqual([]);

    await unlink(join(h.dir, 'otters.md'));
    await eventually(async () => expect(await ask(h, 'otters')).toContain('Nothing in the reports matches'));
  });

  it('ends a burst of 100 writes with the index in the state of the last write', async () => {
    const h = await start();
    for (let i = 0; i < 100; i++) await writeFile(join(h.dir, `burst-${i % 20}.md`), report(`Burst ${i % 20}`, [`Burstclaim ${i}.`]));
    await eventually(async () => {
      const status = await health(h);
      expect(status.reports).toBe(21);
      expect(status.claims).toBe(h.bot.library.reports.reduce((n, r) => n + r.claims.length, 0));
      for (let f = 0; f < 20; f++) expect(h.bot.library.report(`burst-${f}`)?.claims[0]?.text).toBe(`Burstclaim ${80 + f}.`);
    });
  });

  it('reports its figures, problems and last reload time on /healthz and /reports status', async () => {
    const h = await start();
    const before = await health(h);
    expect(before).toMatchObject({ status: 'ok', reports: 1, claims: 3, errors: [] });
    await writeFile(join(h.dir, 'empty.md'), '');
    await eventually(async () => expect((await health(h)).errors).toEqual([{ file: 'empty.md', reason: 'file is empty' }]));
    expect(Date.parse((await health(h)).lastReload)).toBeGreaterThanOrEqual(Date.parse(before.lastReload));

    const status = await ask(h, 'status');
    expect(status).toContain('1 report and 3 claims served');
    expect(status).toContain('empty.md');
    expect(status).toContain('file is empty');
  });
});

describe('while the reports load', () => {
  it('acks and answers at once, from what is loaded, and says how far loading has got', async () => {
    const h = await start();
    h.bot.library.setLoading({ done: 1, total: 40 });
    const text = await ask(h, 'status');
    expect(text).toContain('Still loading: 1 of 40 files read.');
    expect(await ask(h, 'otters')).toContain('Still loading the reports (1 of 40 files read)');
    expect(await health(h)).toMatchObject({ status: 'loading', loading: { done: 1, total: 40 } });
    h.bot.library.setLoading(null);
    expect((await health(h)).status).toBe('ok');
  });
});

describe('limits', () => {
  it('answers a person over the rate limit with a friendly message, and others normally', async () => {
    const h = await start({ rateLimitPerMinute: 2 });
    expect(await ask(h, 'remote work', 'U1')).not.toContain('try again');
    expect(await ask(h, 'remote work', 'U1')).not.toContain('try again');
    expect(await ask(h, 'remote work', 'U1')).toMatch(/You have asked a lot of questions in the last minute\. Please try again in \d+ seconds?\./);
    expect(await ask(h, 'remote work', 'U2')).not.toContain('try again');
    expect(await ask(h, 'help', 'U1')).toContain('Question syntax');
  });

  it('cuts a question over 1,000 characters and says so', async () => {
    const h = await start();
    const text = await ask(h, `remote ${'work '.repeat(400)}`);
    expect(text).toContain('Your question was cut to its first 1000 characters.');
  });
});

describe('logs', () => {
  it('are JSON lines that never contain the bot token or the signing secret', async () => {
    const h = await start();
    h.slack.failApi('chat.postMessage', 'channel_not_found');
    await h.sender.event({ type: 'app_mention', user: 'U1', text: `<@UBOT00001> heat pumps ${BOT_TOKEN}`, ts: '1.1', channel: 'C1', event_ts: '1.1' }, 'Ev-logs-1');
    await writeFile(join(h.dir, 'broken.md'), `token ${BOT_TOKEN} secret ${SIGNING_SECRET}`);
    await eventually(() => expect(h.logLines.join('')).toMatch(/channel_not_found/));
    await eventually(() => expect(h.logLines.join('')).toMatch(/reports reloaded/));
    const output = h.logLines.join('');
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain(SIGNING_SECRET);
    for (const line of h.logLines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
