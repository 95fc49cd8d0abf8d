import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/createLogger.js';

function capture(): { lines: string[]; destination: { write(line: string): void } } {
  const lines: string[] = [];
  return { lines, destination: { write: (line) => lines.push(line) } };
}

const BOT_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';

describe('createLogger', () => {
  it('writes one JSON object per line with level and message', () => {
    const { lines, destination } = capture();
    const log = createLogger({ secrets: [], pretty: false, destination });
    log.info('answered', { user: 'U1', results: 3 });
    const entry = JSON.parse(lines[0] as string);
    expect(entry).toMatchObject({ level: 30, msg: 'answered', user: 'U1', results: 3 });
  });

  it('never prints tokens or signing secrets, wherever they appear', () => {
    const { lines, destination } = capture();
    const log = createLogger({ secrets: [BOT_TOKEN, SIGNING_SECRET], pretty: false, destination });
    log.error(new Error(`request failed with token ${BOT_TOKEN}`));
    log.warn('config', { token: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    log.info(`a different token xapp-1-A0123-4567-abcdefabcdef and ${SIGNING_SECRET}`);
    const output = lines.join('');
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain(SIGNING_SECRET);
    expect(output).not.toContain('xapp-1-A0123');
    expect(output).toContain('[redacted]');
  });

  it('honours the level set by Bolt', () => {
    const { lines, destination } = capture();
    const log = createLogger({ secrets: [], pretty: false, destination });
    log.setLevel('warn' as never);
    log.info('hidden');
    log.warn('shown');
    expect(lines).toHaveLength(1);
    expect(log.getLevel()).toBe('warn');
  });
});
