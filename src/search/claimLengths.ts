// Each claim's field lengths as MiniSearch counts them (a field's unique words as tokenized), kept
// by a ClaimIndex on MiniSearch's public API, which does not show its own: so that claims that
// tie are ordered there as on the compact engine (tiedClaims.ts: shorter first, relative to the
// fields' averages over the claims indexed, then by id).

import { CLAIM_FIELDS, type ClaimDocument } from './claimDocument.js';
import { tokenize } from './tokenize.js';

export class ClaimLengths {
  private readonly lengths = new Map<string, number[]>();
  /**
   * Each field's lengths summed over the claims held: averages as the compact engine takes them, a
   * sum over the count (compactMiniSearch.ts), not MiniSearch's running mean, whose last bits follow
   * the order claims came and went. They only order ties, so tied claims come in one order on both
   * engines; the public engine's scores themselves still use the running mean.
   */
  private readonly sums: number[] = CLAIM_FIELDS.map(() => 0);

  /** Counts an indexed claim's fields as MiniSearch's add does. */
  add(document: ClaimDocument): void {
    const lengths = CLAIM_FIELDS.map((field) => new Set(tokenize(document[field])).size);
    this.remove(document.id);
    this.lengths.set(document.id, lengths);
    lengths.forEach((length, field) => (this.sums[field] = (this.sums[field] as number) + length));
  }

  remove(id: string): void {
    const lengths = this.lengths.get(id);
    if (!lengths) return;
    this.lengths.delete(id);
    lengths.forEach((length, field) => (this.sums[field] = (this.sums[field] as number) - length));
  }

  /** The claim's field lengths relative to their averages, summed (PostingsLookup.relativeLength's measure); 0 for a claim not held. */
  relative(id: string): number {
    const lengths = this.lengths.get(id);
    if (!lengths) return 0;
    const count = this.lengths.size;
    let relative = 0;
    lengths.forEach((length, field) => {
      const average = (this.sums[field] as number) / count;
      if (average > 0) relative += length / average;
    });
    return relative;
  }
}
