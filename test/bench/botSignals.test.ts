import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { botSignals, readSignal } from '../../bench/botSignals.js';

describe('readSignal', () => {
  it('reads a JSON object and leaves any other line', () => {
    expect(readSignal('{"port":4321}')).toEqual({ port: 4321 });
    expect(readSignal('Debugger attached.')).toBeNull();
    expect(readSignal('{"port": 43')).toBeNull();
    expect(readSignal('[1,2]')).toBeNull();
    expect(readSignal('')).toBeNull();
  });
});

describe('botSignals', () => {
  it('skips lines that are no signal and still reads the signals around them', async () => {
    const out = new PassThrough();
    const signals = botSignals(out);
    out.write('a dependency printing to stdout\n');
    out.write('{"port":4321}\n');
    out.write('{"broken json\n');
    out.write('{"blockMs":25,"cpuMs":3,"at":1000}\n');
    out.write('{"warm":2000}\n');
    await expect(signals.port).resolves.toBe(4321);
    await expect(signals.warm).resolves.toBeUndefined();
    const reload = signals.nextReload();
    out.write('{"reloaded":3000}\n');
    await expect(reload).resolves.toBe(3000);
    out.end();
    expect(signals.blocks).toEqual([{ blockMs: 25, cpuMs: 3, at: 1000 }]);
    expect(signals.skipped).toEqual(['a dependency printing to stdout', '{"broken json']);
  });

  it('fails what is awaited when the output ends first, naming the last lines printed', async () => {
    const out = new PassThrough();
    const signals = botSignals(out);
    out.write('{"port":4321}\n');
    out.write('Error: cannot start\n');
    const reload = signals.nextReload();
    out.end();
    await expect(signals.port).resolves.toBe(4321);
    await expect(signals.warm).rejects.toThrow(/output ended \(it exited\) before its warm-up ended.*Error: cannot start/);
    await expect(reload).rejects.toThrow(/before a reload/);
    await expect(signals.nextReload()).rejects.toThrow(/before a reload/);
  });

  it('fails the port when the output ends before it', async () => {
    const out = new PassThrough();
    const signals = botSignals(out);
    out.end();
    await expect(signals.port).rejects.toThrow(/before it listened/);
    await expect(signals.warm).rejects.toThrow(/before its warm-up ended/);
  });
});
