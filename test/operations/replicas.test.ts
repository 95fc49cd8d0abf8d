// Two bot processes in HTTP mode behind one Slack, sharing one real redis-server (REDIS_URL), as
// replicas behind a load balancer run: a retried event is answered once whichever replica gets
// it, a person's questions are counted across both, votes land in one list, and Redis going away
// mid-run loses no question.

import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID, FakeSlack } from '../slack/support/fakeSlack.js';
import { allText, button } from '../slack/support/messages.js';
import { buttonClick } from '../slack/support/signedRequests.js';
import { eventually } from '../support/eventually.js';
import { RedisServer } from '../support/redisServer.js';
import { type BotProcess, botEnv, scratchFolder, startBotProcess } from './support/botProcess.js';

let redis: RedisServer;
let slack: FakeSlack;
let scratch: { dir: string; remove(): Promise<void> };
let a: BotProcess;
let b: BotProcess;
let asked = 0;

beforeAll(async () => {
  redis = await RedisServer.start();
  slack = new FakeSlack();
  await slack.start();
  scratch = await scratchFolder();
  const replica = (name: string): Promise<BotProcess> =>
    startBotProcess(undefined, undefined, {
      env: { ...botEnv(slack, scratch.dir), REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '3', FEEDBACK_LOG: join(scratch.dir, `${name}-feedback.jsonl`) },
    });
  [a, b] = await Promise.all([replica('a'), replica('b')]);
  await Promise.all([a.waitForLog(/^reports loaded$/), b.waitForLog(/^reports loaded$/)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  await slack?.stop();
  await scratch?.remove();
});

function mention(channel: string, text: string): Record<string, unknown> {
  const ts = `1700000${String(++asked).padStart(3, '0')}.000100`;
  return { type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> ${text}`, ts, channel, event_ts: ts };
}

function postsTo(channel: string): Record<string, unknown>[] {
  return slack.callsOf('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => c.body);
}

/** Asks by /reports on `replica` as `user`; the private answer's text. */
async function ask(replica: BotProcess, question: string, user: string): Promise<string> {
  const id = `ask-${++asked}`;
  expect((await replica.sender.command(question, slack.responseUrl(id), { user })).status).toBe(200);
  return allText((await slack.waitForResponse(id)).body);
}

async function health(replica: BotProcess): Promise<{ status: string; redis?: { status: string; url: string } }> {
  return (await fetch(`${replica.url}/healthz`)).json() as Promise<{ status: string; redis?: { status: string; url: string } }>;
}

/** An event sent to `first`, answered, then retried by Slack to `second`, which must skip it. */
async function retriedAcross(first: BotProcess, second: BotProcess, eventId: string, channel: string): Promise<void> {
  const event = mention(channel, 'grid battery storage');
  await first.sender.event(event, eventId);
  await slack.waitFor(() => postsTo(channel)[0]);
  await second.sender.event(event, eventId, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
  await second.waitForLog(new RegExp(`^Skipped event ${eventId}: already handled`));
  // A later event on the second replica is answered, and still only one answer to the retried one.
  const later = `${channel}L`;
  await second.sender.event(mention(later, 'heat pumps'), `${eventId}-later`);
  await slack.waitFor(() => postsTo(later)[0]);
  expect(postsTo(channel)).toHaveLength(1);
}

describe('two replicas sharing one Redis', () => {
  it('say at start that state is shared, and /healthz shows Redis', async () => {
    for (const replica of [a, b]) {
      await replica.waitForLog(/^Redis at redis:\/\/127\.0\.0\.1:\d+.*: event dedupe, question limits and feedback votes are shared$/);
      expect(await health(replica)).toMatchObject({ status: 'ok', redis: { status: 'ok', url: `${redis.url}` } });
    }
  });

  it('answer an event once when Slack retries it to the other replica', async () => {
    await retriedAcross(a, b, 'EvREPLICA1', 'C0000REP1');
    await retriedAcross(b, a, 'EvREPLICA2', 'C0000REP2');
  });

  it('count a person’s questions across both replicas', async () => {
    expect(await ask(a, 'heat pumps in the cold', 'U0000LIMIT')).not.toContain('You have asked a lot');
    expect(await ask(b, 'microplastics in bottled water', 'U0000LIMIT')).not.toContain('You have asked a lot');
    expect(await ask(a, 'glp-1 side effects', 'U0000LIMIT')).not.toContain('You have asked a lot');
    // The fourth in a minute is refused, on either replica; someone else is not.
    expect(await ask(b, 'remote work productivity', 'U0000LIMIT')).toMatch(/You have asked a lot of questions in the last minute\. Please try again in \d+ seconds?/);
    expect(await ask(a, 'remote work productivity', 'U0000LIMIT')).toContain('You have asked a lot');
    expect(await ask(b, 'remote work productivity', 'U0000OTHER')).not.toContain('You have asked a lot');
  });

  it('keep one vote per person per answer in Redis, whichever replica each click reaches', async () => {
    const id = `ask-${++asked}`;
    await a.sender.command('synthetic data risks', slack.responseUrl(id), { user: 'U0000VOTER' });
    const answer = (await slack.waitForResponse(id)).body;
    for (const [replica, action, shown] of [[a, 'answer_vote_up', 'You marked this answer helpful'], [b, 'answer_vote_down', 'You marked this answer not helpful']] as const) {
      const voted = `vote-${++asked}`;
      await replica.sender.action(buttonClick(button(answer, action), slack.responseUrl(voted), { user: 'U0000VOTER' }));
      expect(allText((await slack.waitForResponse(voted)).body)).toContain(shown);
    }
    const client = new Redis(redis.url);
    try {
      // Recorded before the click is answered: the answer shows the vote on record.
      const votes = Object.values(await client.hgetall('report-bot:votes')).map((line) => JSON.parse(line) as { vote: string; user: string; question: string });
      expect(votes.map((v) => [v.vote, v.user, v.question])).toEqual([['down', 'U0000VOTER', 'synthetic data risks']]);
    } finally {
      client.disconnect();
    }
    // Nothing went to the replicas' own files.
    await expect(access(join(scratch.dir, 'a-feedback.jsonl'))).rejects.toThrow();
    await expect(access(join(scratch.dir, 'b-feedback.jsonl'))).rejects.toThrow();
  });

  it('lose no question while Redis is down, say so once, and share again when it is back', async () => {
    await redis.stop();
    // Questions and events go on being answered, by each replica on its own.
    expect(await ask(a, 'heat pumps in the cold', 'U0000DOWN1')).toContain('heat pump');
    expect(await ask(b, 'heat pumps in the cold', 'U0000DOWN1')).toContain('heat pump');
    await a.sender.event(mention('C0000DOWN', 'grid battery storage'), 'EvDOWN1');
    await slack.waitFor(() => postsTo('C0000DOWN')[0]);
    for (const replica of [a, b]) {
      await replica.waitForLog(/^Redis unreachable at redis:\/\/127\.0\.0\.1:\d+.* questions are still answered/);
      expect(await health(replica)).toMatchObject({ status: 'ok', redis: { status: 'unreachable' } });
    }
    expect(await ask(a, 'grid battery storage', 'U0000DOWN2')).toContain('batter');
    // Said once, however many questions came meanwhile.
    expect(a.logs.filter((l) => l.msg.startsWith('Redis unreachable'))).toHaveLength(1);
    // Votes are kept in the replica's own file meanwhile.
    const voteId = `ask-${++asked}`;
    await b.sender.command('synthetic data risks', slack.responseUrl(voteId), { user: 'U0000VOTER' });
    const answer = (await slack.waitForResponse(voteId)).body;
    const voted = `vote-${++asked}`;
    await b.sender.action(buttonClick(button(answer, 'answer_vote_up'), slack.responseUrl(voted), { user: 'U0000VOTER' }));
    await slack.waitForResponse(voted);
    await access(join(scratch.dir, 'b-feedback.jsonl'));

    await redis.restart();
    for (const replica of [a, b]) {
      await replica.waitForLog(/^Redis at redis:\/\/127\.0\.0\.1:\d+.* is back after \d+ s: state is shared again$/);
      await eventually(async () => expect(await health(replica)).toMatchObject({ redis: { status: 'ok' } }), 10_000);
    }
    await retriedAcross(a, b, 'EvREPLICA3', 'C0000REP3');
  }, 60_000);
});
