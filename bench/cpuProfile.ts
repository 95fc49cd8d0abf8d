// A V8 CPU profile (inspector's Profiler.stop) read as stacks of function keys, as the profiling
// scripts (profileFirstSeen.ts, profileBackToBack.ts) attribute their samples.

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function's key: its name and where it is (`name src/file.ts:line`), or V8's own `(program)`… */
export function keyOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(src|bench|node_modules)\//, '$1/');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** The stack of a sampled node, as function keys, innermost first. */
function stacksOf(profile: Profile): (id: number) => string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return (id) => {
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && node.callFrame.functionName !== '(root)') stack.push(keyOf(node));
    }
    return stack;
  };
}

/** Calls `visit` with the stack of each sample taken while one of `answers` ran (from/to: profile time, µs). */
export function forEachSampleIn(profile: Profile, answers: readonly { from: number; to: number }[], visit: (stack: string[]) => void): void {
  const stackOf = stacksOf(profile);
  const windows = [...answers].sort((a, b) => a.from - b.from);
  let time = profile.startTime;
  let window = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    while (window < windows.length && (windows[window] as { to: number }).to < time) window++;
    const w = windows[window];
    if (!w || time < w.from) continue;
    visit(stackOf(profile.samples[i] as number));
  }
}
