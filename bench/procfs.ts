// What Linux's /proc says of a process: its CPU time (utime + stime) and its memory, and its
// children. The benches read the bot's from outside it; null or 0 where /proc cannot be read.

import { readFile } from 'node:fs/promises';

/** Linux's clock ticks a second for /proc's stat files (sysconf(_SC_CLK_TCK); 100 on every usual kernel). */
const CLOCK_TICKS = 100;

/** The CPU time a /proc stat file gives, in ms. */
async function statCpuMs(path: string): Promise<number> {
  const stat = await readFile(path, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000;
}

/** The CPU time of a process, all its threads, in ms. */
export function processCpuMs(pid: number): Promise<number> {
  return statCpuMs(`/proc/${pid}/stat`);
}

/** The CPU time of a process's main thread, in ms: its own id names it among its tasks. */
export function mainThreadCpuMs(pid: number): Promise<number> {
  return statCpuMs(`/proc/${pid}/task/${pid}/stat`);
}

/** The ids of a process's children (none when it has none or cannot be read). */
export async function childPids(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return children.split(' ').filter(Boolean).map(Number);
}

/** A process's RSS and its anonymous part (what no other process shares), in MB; 0 when it cannot be read. */
export async function processMemory(pid: number): Promise<{ rssMB: number; anonMB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kB = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMB: kB('VmRSS') / 1024, anonMB: kB('RssAnon') / 1024 };
}
