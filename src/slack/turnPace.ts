// The pace the answers' queue has kept lately: how long a turn took (its answer, and the acks and
// other work of the loop's pass) when turns were given one after another. A new answer's wait is
// about the answers ahead of it times this.

/** Turns given back to back whose gaps make the pace. */
export const PACE_TURNS = 32;

export class TurnPace {
  private readonly gaps: number[] = [];
  private next = 0;

  /** Records the gap between two turns given one after another (answers were waiting). */
  add(gapMs: number): void {
    if (this.gaps.length < PACE_TURNS) this.gaps.push(gapMs);
    else this.gaps[this.next] = gapMs;
    this.next = (this.next + 1) % PACE_TURNS;
  }

  /**
   * The median of the last PACE_TURNS gaps (0 before any): the median, so one long turn (a long
   * question, a collection) does not count as the pace of the turns after it. Gaps do not age: a
   * slow spell's stay until newer ones replace them, which those then waiting soon give.
   */
  turnMs(): number {
    const n = this.gaps.length;
    if (n === 0) return 0;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    const middle = n >> 1;
    return n % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  }
}
