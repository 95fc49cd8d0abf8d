// Lets pending I/O and timers run (a Slack request waiting for its 3 s ack) between chunks of a
// long job such as loading thousands of reports.

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
