import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_FIXTURES } from '../support/reportsFolders.js';
import { allText, blocksOf, richTextsOf } from './support/messages.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ reportsDir: EVIDENCE_FIXTURES });
});
afterAll(async () => {
  await bot?.stop();
});

async function ask(text: string, id: string): Promise<Record<string, unknown>> {
  await bot.sender.command(text, bot.slack.responseUrl(id));
  return (await bot.slack.waitForResponse(id)).body;
}

/** The context texts of a message, in order. */
function contexts(message: Record<string, unknown>): string[] {
  return blocksOf(message)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')));
}

describe('evidence flags in Slack answers', () => {
  it('says in one context line, in words, how each claim is supported', async () => {
    const message = await ask('single unlisted source key finding', 'flags-weak');
    expect(richTextsOf(message).join('\n')).toContain('A single unlisted source gives only a key finding for this claim.');
    expect(contexts(message)).toContain('Evidence: one source · no verbatim quote · a source not in the References · no link to a source');
  });

  it('says nothing about a claim quoted from several listed, linked sources', async () => {
    const message = await ask('"linked sources with verbatim quotes"', 'flags-strong');
    const claims = richTextsOf(message).filter((text) => /^\d+\. /.test(text));
    expect(claims).toEqual(['1. Two listed, linked sources with verbatim quotes support this claim.']);
    expect(contexts(message).filter((c) => c.startsWith('Evidence:'))).toEqual([]);
  });

  it('names a claim without evidence, and strength: leaves it out', async () => {
    const message = await ask('given with no evidence at all', 'flags-none');
    expect(contexts(message)).toContain('Evidence: none given in the report');
    const quoted = await ask('strength:quoted given with no evidence at all', 'flags-none-quoted');
    expect(allText(quoted)).not.toContain('This claim is given with no evidence at all.');
  });
});
