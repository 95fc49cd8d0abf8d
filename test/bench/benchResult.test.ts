// The HTTP rows of the bench's table: the latencies, and the bot's CPU a request beside them, the
// figure a loaded machine moves far less (bench/README.md, fifty-eighth session).

import { describe, expect, it } from 'vitest';
import { httpRateRows, httpTable, roundHttpRate, type HttpRateFigures } from '../../bench/benchResult.js';

const at500: HttpRateFigures = {
  rate: 500,
  requests: 5000,
  errors: 0,
  busy: 0,
  ack: { p50Ms: 12.4, p99Ms: 437.2 },
  answer: { p50Ms: 1012.6, p99Ms: 1104.1 },
  botMainCpuMsPerRequest: 1.83712,
  load: [0.71, 0.93],
};

describe('HTTP rate rows', () => {
  it("give the bot's main thread's CPU a request beside the latencies and the load", () => {
    const [[name, value] = []] = httpRateRows([roundHttpRate(at500)]);
    expect(name).toBe('  at 500 req/s');
    expect(value).toBe("ack 12 / 437 ms, answer 1013 / 1104 ms; 5000 requests, 0 errors, 0 told busy; bot's main thread 1.84 ms CPU a request; load 0.7-0.9");
  });

  it('leave the CPU out where /proc could not be read', () => {
    const [[, value] = []] = httpRateRows([{ ...at500, botMainCpuMsPerRequest: null }]);
    expect(value).not.toContain('CPU');
  });

  it('round the CPU for the JSON', () => {
    expect(roundHttpRate(at500).botMainCpuMsPerRequest).toBe(1.837);
  });

  it('make the --only http table of every rate', () => {
    const table = httpTable([roundHttpRate({ ...at500, rate: 50 }), roundHttpRate(at500)], 100);
    expect(table.split('\n').filter(Boolean)).toHaveLength(3);
    expect(table).toContain('over 100 connections');
    expect(table).toContain('at 50 req/s');
  });
});
