// The answer message as Block Kit, pinned block by block on two small fixture reports.

import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { answerMessage } from '../../src/render/slack/answerBlocks.js';
import { fallbackTextOf } from '../../src/render/slack/blocks.js';
import { BUNDLED_REPORTS, FIXTURE_REPORTS } from '../support/reportsFolders.js';

let library: Library;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-bot-blocks-'));
  for (const name of ['key-finding.md', 'valid-minimal.md']) await copyFile(join(FIXTURE_REPORTS, name), join(dir, name));
  library = Library.from(await loadReports(dir));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const about = (id: string) => ({ type: 'button', text: { type: 'plain_text', text: 'About this report', emoji: true }, action_id: 'report_show', value: id });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });

describe('answerMessage', () => {
  it('says the count and the question once, names each report once, and quotes evidence verbatim in rich text', () => {
    const message = answerMessage(answerQuestion(library, 'trees heat deaths'), { offset: 0, shareable: true });
    expect(message.text).toBe('2 claims for “trees heat deaths”');
    expect(message.blocks.slice(0, -1)).toEqual([
      { type: 'section', text: mrkdwn('*2 claims* for “trees heat deaths”') },
      { type: 'section', text: mrkdwn(':page_facing_up: *Does urban tree cover reduce heat?*\n2026-01-18 · `key-finding`'), accessory: about('key-finding') },
      {
        type: 'rich_text',
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: '1. ', style: { bold: true } }, { type: 'text', text: 'Heat-related deaths could be cut by planting more street trees.' }] }],
      },
      { type: 'context', elements: [mrkdwn('_Climate Perspective_'), mrkdwn('Evidence: a source not in the References')] },
      {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_quote', elements: [{ type: 'text', text: 'Key finding: ', style: { italic: true } }, { type: 'text', text: 'Increasing tree coverage to 30% was estimated to prevent about a third of heat-related deaths in 93 European cities.' }] },
          { type: 'rich_text_section', elements: [{ type: 'text', text: '— [2] Cooling cities through urban green infrastructure: a health impact assessment of European cities - The Lancet' }] },
          { type: 'rich_text_quote', elements: [{ type: 'text', text: 'Trees and vegetation lower surface and air temperatures by providing shade and through evapotranspiration.' }] },
          { type: 'rich_text_section', elements: [{ type: 'text', text: '— [3] ' }, { type: 'link', url: 'https://www.epa.gov/heatislands', text: 'Heat Island Effect | US EPA' }] },
          { type: 'rich_text_quote', elements: [{ type: 'text', text: 'Key finding: ', style: { italic: true } }, { type: 'text', text: 'Lower-income neighbourhoods have markedly less tree cover than wealthier ones.' }] },
          { type: 'rich_text_section', elements: [{ type: 'text', text: '— Urban heat and tree equity' }] },
        ],
      },
      { type: 'divider' },
      {
        type: 'rich_text',
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: '2. ', style: { bold: true } }, { type: 'text', text: 'Tree canopy lowers daytime surface temperatures in cities.' }] }],
      },
      { type: 'context', elements: [mrkdwn('_Climate Perspective_'), mrkdwn('Evidence: one source · no verbatim quote · no link to a source')] },
      {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_quote', elements: [{ type: 'text', text: 'Key finding: ', style: { italic: true } }, { type: 'text', text: 'Neighbourhoods with over 40% canopy cover were up to 5 °C cooler during summer afternoons.' }] },
          { type: 'rich_text_section', elements: [{ type: 'text', text: '— [1] Cooling effect of urban trees' }] },
        ],
      },
    ]);
    expect(message.blocks.at(-1)).toMatchObject({ type: 'actions', block_id: 'answer_actions' });
  });

  it('keeps the same text as mrkdwn, escaped, for the plain-text fallback', () => {
    const message = answerMessage(answerQuestion(library, 'trees heat deaths'), { offset: 0, shareable: true });
    expect(message.fallbackText.split('\n').slice(0, 8)).toEqual([
      '*2 claims* for “trees heat deaths”',
      ':page_facing_up: *Does urban tree cover reduce heat?*',
      '2026-01-18 · `key-finding`',
      '*1.* Heat-related deaths could be cut by planting more street trees.',
      '_Climate Perspective_ Evidence: a source not in the References',
      '> _Key finding:_ Increasing tree coverage to 30% was estimated to prevent about a third of heat-related deaths in 93 European cities.',
      '— [2] Cooling cities through urban green infrastructure: a health impact assessment of European cities - The Lancet',
      '> Trees and vegetation lower surface and air temperatures by providing shade and through evapotranspiration.',
    ]);
    expect(message.fallbackText).toContain('— [3] <https://www.epa.gov/heatislands|Heat Island Effect | US EPA>');
  });

  it('names a report again only when the claims change report', () => {
    const message = answerMessage(answerQuestion(library, 'burnout sleep four-day companies'), { offset: 0, shareable: false });
    const headers = message.blocks.filter((block) => block.type === 'section' && 'accessory' in block);
    expect(headers).toHaveLength(1);
    expect(message.blocks.filter((block) => block.type === 'rich_text' && JSON.stringify(block).includes('"bold":true'))).toHaveLength(3);
  });

  it('counts later pages in words, and says who shared an answer', () => {
    const answer = answerQuestion(library, 'report:valid-minimal');
    expect(answerMessage(answer, { offset: 0, shareable: false, sharedBy: 'U0123ABC' }).blocks[0]).toEqual({
      type: 'section',
      text: mrkdwn('<@U0123ABC> shared *3 claims* for “report:valid-minimal”'),
    });
    const many = { ...answer, total: 7, items: [...answer.items, ...answer.items, answer.items[0]!] };
    expect(answerMessage(many, { offset: 3, shareable: true }).blocks[0]).toEqual({ type: 'section', text: mrkdwn('*Claims 4 to 6 of 7* for “report:valid-minimal”') });
    expect(answerMessage(many, { offset: 0, shareable: true }).text).toBe('3 of 7 claims for “report:valid-minimal”');
  });

  it('when nothing matches, says why and lists what there is, with no note that text was cut', () => {
    const message = answerMessage(answerQuestion(library, 'perspective:zzz burnout'), { offset: 0, shareable: true });
    expect(message.blocks).toEqual([
      { type: 'section', text: mrkdwn('Nothing in the reports matches “perspective:zzz burnout”.') },
      { type: 'section', text: mrkdwn('No perspective has the word `zzz`; see the perspectives below.') },
      {
        type: 'section',
        text: mrkdwn('*Perspectives:* Wellbeing, Business, Climate\n*Reports:*\n• `valid-minimal` Do four-day work weeks reduce burnout?\n• `key-finding` Does urban tree cover reduce heat?'),
      },
      { type: 'context', elements: [mrkdwn('Try other words, fewer words, or a filter: `report:&lt;id&gt;`, `perspective:&lt;word&gt;`, `since:YYYY-MM-DD`.')] },
    ]);
  });

  it('shows the first five problems as warning lines in one block after the count, each cut to fit', () => {
    const answer = answerQuestion(library, 'trees heat deaths');
    const problems = ['First.', 'Second.', `Long ${'word '.repeat(200)}end.`, 'Fourth.', 'Fifth.', 'Sixth.', 'Seventh.'];
    const message = answerMessage({ ...answer, problems }, { offset: 0, shareable: true });
    const [count, notes] = message.blocks;
    expect(count).toEqual({ type: 'section', text: mrkdwn('*2 claims* for “trees heat deaths”') });
    const lines = (notes as { type: string; elements: { text: string }[] }).elements.map((element) => element.text).join('').split('\n');
    expect(notes?.type).toBe('context');
    expect(lines.map((line) => line.slice(0, 16))).toEqual([':warning: First.', ':warning: Second', ':warning: Long w', ':warning: Fourth', ':warning: Fifth.']);
    expect(lines[2]?.length).toBeLessThanOrEqual(':warning: '.length + 400);
    expect(lines[2]).toMatch(/…$/);
  });
});

describe('the plain-text fallback, made only when read (Slack rejected the blocks)', () => {
  it('is what the blocks read as, and the message serialises as one made with it', async () => {
    const bundled = Library.from(await loadReports(BUNDLED_REPORTS));
    const questions = ['heat pumps in cold climates', 'microplastics in bottled water', 'what is the capital of France?', 'perspective:zzz cost', 'zzqx', 'grid battrey'];
    for (const question of questions) {
      for (const view of [{ offset: 0, shareable: true }, { offset: 3, shareable: false }]) {
        const message = answerMessage(answerQuestion(bundled, question), view);
        const made = { text: message.text, blocks: message.blocks, fallbackText: fallbackTextOf(message.blocks) };
        expect(JSON.stringify(message), question).toBe(JSON.stringify(made));
        expect({ ...message }).toEqual(made);
        expect(message.fallbackText).toBe(made.fallbackText);
      }
    }
  });

  it('is read through one getter that every message shares, so messages share their shape', async () => {
    // A getter written in each message's literal is a new function each time: V8 then gives each
    // message a hidden class of its own in the old generation, which keeps the message's blocks
    // alive through young-generation collections.
    const bundled = Library.from(await loadReports(BUNDLED_REPORTS));
    const getters = new Set(
      ['heat pumps in cold climates', 'zzqx'].map((question) => {
        const message = answerMessage(answerQuestion(bundled, question), { offset: 0, shareable: true });
        const descriptor = Object.getOwnPropertyDescriptor(message, 'fallbackText');
        expect(descriptor).toMatchObject({ enumerable: true, configurable: true });
        expect(Object.keys(message)).toEqual(['text', 'blocks', 'fallbackText']);
        return descriptor?.get;
      }),
    );
    expect(getters.size).toBe(1);
  });
});
