import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, libraryConfigFromEnv } from '../../src/config.js';

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abc123' };

function problem(env: Record<string, string>): string {
  try {
    configFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configFromEnv', () => {
  it('reads HTTP mode with defaults', () => {
    expect(configFromEnv(HTTP)).toEqual({ botToken: 'xoxb-1-2-abc', signingSecret: 'abc123', port: 3000, reportsDir: 'reports', reportCacheDir: '.cache/reports', maxReportBytes: 5_000_000, channelsFile: { path: 'channels.yml', required: false }, feedbackLog: 'feedback.jsonl', rateLimitPerMinute: 10, logLevel: 'info' });
  });

  it('reads Socket Mode, which needs no signing secret, and the optional settings', () => {
    const config = configFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '8080', REPORTS_DIR: 'r', SLACK_API_URL: 'http://127.0.0.1:9/api', FEEDBACK_LOG: 'f.jsonl', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'DEBUG', REPORT_CACHE_DIR: 'off', CHANNELS_FILE: 'team/channels.yml' });
    expect(config).toEqual({ botToken: 'xoxb-1', appToken: 'xapp-1', port: 8080, reportsDir: 'r', reportCacheDir: null, maxReportBytes: 5_000_000, channelsFile: { path: 'team/channels.yml', required: true }, slackApiUrl: 'http://127.0.0.1:9/api/', feedbackLog: 'f.jsonl', rateLimitPerMinute: 0, logLevel: 'debug' });
  });

  it('takes REDIS_URL as a redis:// or rediss:// URL, and never repeats a wrong one (it may hold a password)', () => {
    expect(configFromEnv({ ...HTTP, REDIS_URL: 'redis://:pw@redis:6379/1' }).redisUrl).toBe('redis://:pw@redis:6379/1');
    expect(configFromEnv({ ...HTTP, REDIS_URL: 'rediss://cache.example.com' }).redisUrl).toBe('rediss://cache.example.com');
    expect(configFromEnv(HTTP).redisUrl).toBeUndefined();
    const message = problem({ ...HTTP, REDIS_URL: 'http://:hunter2@redis:6379' });
    expect(message).toContain('REDIS_URL must be a redis:// or rediss:// URL');
    expect(message).not.toContain('hunter2');
  });

  it('takes REPORT_CACHE_DIR as a folder, or off', () => {
    expect(configFromEnv({ ...HTTP, REPORT_CACHE_DIR: '/tmp/c' }).reportCacheDir).toBe('/tmp/c');
    expect(configFromEnv({ ...HTTP, REPORT_CACHE_DIR: 'OFF' }).reportCacheDir).toBeNull();
  });

  it('takes MAX_REPORT_BYTES in bytes, KB or MB', () => {
    expect(configFromEnv({ ...HTTP, MAX_REPORT_BYTES: '123456' }).maxReportBytes).toBe(123_456);
    expect(configFromEnv({ ...HTTP, MAX_REPORT_BYTES: '800KB' }).maxReportBytes).toBe(800_000);
    expect(configFromEnv({ ...HTTP, MAX_REPORT_BYTES: '2.5 mb' }).maxReportBytes).toBe(2_500_000);
    for (const bad of ['0', 'big', '5GB', '-1']) expect(problem({ ...HTTP, MAX_REPORT_BYTES: bad })).toContain(`MAX_REPORT_BYTES must be a size such as 5000000, 800KB or 5MB (more than 0), not "${bad}"`);
  });

  it('takes SLACK_RETRY_FIRST_SECONDS as whole seconds, up to the longest pause between tries', () => {
    expect(configFromEnv({ ...HTTP, SLACK_RETRY_FIRST_SECONDS: '16' }).slackRetryFirstDelayMs).toBe(16_000);
    expect(configFromEnv(HTTP)).not.toHaveProperty('slackRetryFirstDelayMs');
    for (const bad of ['0', '31', '2.5', 'soon']) expect(problem({ ...HTTP, SLACK_RETRY_FIRST_SECONDS: bad })).toContain(`SLACK_RETRY_FIRST_SECONDS must be a whole number of seconds from 1 to 30 (or unset), not "${bad}"`);
  });

  it('names each missing or malformed variable, points at the README and at npm run ask', () => {
    const message = problem({ SLACK_APP_TOKEN: 'xoxb-wrong', PORT: '70000', SLACK_API_URL: 'slack.com' });
    for (const name of ['SLACK_BOT_TOKEN is not set', 'SLACK_APP_TOKEN must', 'PORT must', 'SLACK_API_URL must', 'README.md', 'npm run ask']) {
      expect(message).toContain(name);
    }
    expect(problem({ SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_SIGNING_SECRET is not set');
    expect(problem({ ...HTTP, RATE_LIMIT_PER_MINUTE: 'lots' })).toContain('RATE_LIMIT_PER_MINUTE must be a whole number');
    expect(problem({ ...HTTP, LOG_LEVEL: 'verbose' })).toContain('LOG_LEVEL must be one of debug, info, warn, error');
    expect(problem({ ...HTTP, SLACK_BOT_TOKEN: 'xoxp-user-token' })).toContain('SLACK_BOT_TOKEN must be a bot token');
  });

  it('leaves semantic search off when EMBEDDINGS_URL is unset, and reads the embeddings API when set', () => {
    expect(configFromEnv(HTTP)).not.toHaveProperty('embeddings');
    expect(libraryConfigFromEnv({})).not.toHaveProperty('embeddings');
    expect(configFromEnv({ ...HTTP, EMBEDDINGS_URL: 'http://localhost:11434/v1/', EMBEDDINGS_MODEL: 'nomic-embed-text' }).embeddings).toEqual({ url: 'http://localhost:11434/v1', model: 'nomic-embed-text' });
    expect(libraryConfigFromEnv({ EMBEDDINGS_URL: 'https://api.example.com/v1', EMBEDDINGS_MODEL: 'm', EMBEDDINGS_API_KEY: 'sk-1' }).embeddings).toEqual({ url: 'https://api.example.com/v1', model: 'm', apiKey: 'sk-1' });
  });

  it('names a malformed embeddings setting, for the bot and the terminal alike', () => {
    expect(problem({ ...HTTP, EMBEDDINGS_URL: 'localhost:11434', EMBEDDINGS_MODEL: 'm' })).toContain('EMBEDDINGS_URL must be an http(s) URL such as http://localhost:11434/v1, not "localhost:11434"');
    expect(problem({ ...HTTP, EMBEDDINGS_URL: 'http://localhost:11434/v1' })).toContain('EMBEDDINGS_MODEL is not set');
    expect(problem({ ...HTTP, EMBEDDINGS_MODEL: 'm' })).toContain('EMBEDDINGS_MODEL and EMBEDDINGS_API_KEY need EMBEDDINGS_URL');
    expect(() => libraryConfigFromEnv({ EMBEDDINGS_URL: 'ftp://x' })).toThrow(/EMBEDDINGS_URL must be an http\(s\) URL[\s\S]*EMBEDDINGS_MODEL is not set/);
    const both = problem({ ...HTTP, MAX_REPORT_BYTES: 'big', EMBEDDINGS_URL: 'nope' });
    expect(both).toContain('MAX_REPORT_BYTES must');
    expect(both).toContain('EMBEDDINGS_URL must');
  });
});
