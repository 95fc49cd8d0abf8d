// One count, per test file, of the events a test puts in order across processes (the fake Slack
// accepting a post, a child process's exit, both seen by this process): which came first is read
// from the count, not from two clock readings, which can be equal.

let last = 0;

/** The next number of the count: an event given a larger one was seen later. */
export function nextEvent(): number {
  return ++last;
}
