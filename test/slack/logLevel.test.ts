// LOG_LEVEL holds once the Slack app is built: Bolt sets the logger it is given to its own
// logLevel, INFO unless told otherwise, so LOG_LEVEL=warn printed every info line and
// LOG_LEVEL=debug printed no debug line.

import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { Library } from '../../src/library/library.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { createApp } from '../../src/slack/createApp.js';

const config: Config = {
  botToken: 'xoxb-log-level',
  signingSecret: 'secret',
  port: 0,
  reportsDir: 'reports',
  feedbackLog: '/dev/null',
  rateLimitPerMinute: 0,
  logLevel: 'warn',
};

describe('the log level given', () => {
  for (const level of ['warn', 'debug', 'error'] as const) {
    it(`stays ${level} once the app is built`, () => {
      const lines: string[] = [];
      const logger = createLogger({ secrets: [], level, pretty: false, destination: { write: (line) => lines.push(line) } });
      createApp({ config: { ...config, logLevel: level }, library: new Library(), logger });
      expect(logger.getLevel()).toBe(level);
      logger.info('an info line');
      logger.debug('a debug line');
      const ours = lines.map((line) => JSON.parse(line).msg).filter((msg) => / line$/.test(msg));
      expect(ours).toEqual(level === 'debug' ? ['an info line', 'a debug line'] : []);
    });
  }
});
