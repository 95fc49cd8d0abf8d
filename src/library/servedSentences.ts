// What answers read of each served claim's sentence, worked out when its report is served rather
// than in the first answer that reads it: its function words (sharedFunctionWords.ts), which an
// answer compares for its first claims found. In a large library most of those claims are new to
// the process for thousands of answers, and splitting each sentence cost a person's answer its
// time (bench/README.md, sixteenth session). One per Library, kept in step with what it serves.

import { forEachBit, FUNCTION_WORD_COUNT, functionWordBits, functionWordRarity, WORDS_OF_BITS, type FunctionWordRarity } from '../search/sharedFunctionWords.js';
import { grownArray } from '../search/grownArray.js';

export class ServedSentences {
  /** Each served sentence's slot: its bits are WORDS_OF_BITS words of `bits` from slot x WORDS_OF_BITS (one array, not one per sentence). */
  private readonly slots = new Map<string, number>();
  private bits = new Uint32Array(0);
  /** How many served claims have each slot's sentence (two claims can share one). */
  private claims = new Int32Array(0);
  private readonly freeSlots: number[] = [];
  private slotsUsed = 0;
  /** How many served claims' sentences have each function word (by its bit), and how many claims are served. */
  private readonly having = new Int32Array(FUNCTION_WORD_COUNT);
  private claimsServed = 0;
  /** functionWordRarity's last result, until a claim is served or no longer served. */
  private rarity: FunctionWordRarity | undefined;

  /** A claim with this sentence is now served; `bits`, its function words when worked out already (functionWordBits'). */
  served(sentence: string, bits?: Uint32Array): void {
    const held = this.slots.get(sentence);
    if (held !== undefined) {
      this.claims[held] = (this.claims[held] as number) + 1;
      this.count(held, 1);
      return;
    }
    const slot = this.freeSlots.pop() ?? this.slotsUsed++;
    if (slot >= this.claims.length) {
      this.claims = grownArray(this.claims, slot + 1);
      this.bits = grownArray(this.bits, this.claims.length * WORDS_OF_BITS);
    }
    this.bits.set(bits ?? functionWordBits(sentence), slot * WORDS_OF_BITS);
    this.claims[slot] = 1;
    this.slots.set(sentence, slot);
    this.count(slot, 1);
  }

  /** A claim with this sentence is no longer served; the sentence goes with the last such claim. */
  notServed(sentence: string): void {
    const slot = this.slots.get(sentence);
    if (slot === undefined) return;
    this.count(slot, -1);
    const claims = (this.claims[slot] as number) - 1;
    this.claims[slot] = claims;
    if (claims > 0) return;
    this.slots.delete(sentence);
    this.freeSlots.push(slot);
  }

  /**
   * Each function word's rarity among the served claims' sentences (sharedFunctionWords.ts
   * functionWordRarity), for the reranker's reading of the function words a first claim shares
   * with the question (rerankFeatures.ts).
   */
  functionWordRarity(): FunctionWordRarity {
    this.rarity ??= functionWordRarity(this.having, this.claimsServed);
    return this.rarity;
  }

  /** One claim more (`by` 1) or fewer (-1) with the sentence in `slot`: its function words' counts. */
  private count(slot: number, by: 1 | -1): void {
    this.claimsServed += by;
    forEachBit(this.bits.subarray(slot * WORDS_OF_BITS, (slot + 1) * WORDS_OF_BITS), (bit) => {
      this.having[bit] = (this.having[bit] as number) + by;
    });
    this.rarity = undefined;
  }

  /**
   * A served sentence's function words as bits (the same bits functionWordBits gives it), or
   * undefined when no served claim has it. The result is a view into this object's array, not a
   * copy: valid until the next `served` or `notServed` (a freed slot is given to another sentence,
   * a grown array leaves the view on the old one). Read it at once; do not keep it.
   */
  functionWordBitsOf(sentence: string): Uint32Array | undefined {
    const slot = this.slots.get(sentence);
    return slot === undefined ? undefined : this.bits.subarray(slot * WORDS_OF_BITS, (slot + 1) * WORDS_OF_BITS);
  }
}
