/**
 * Sets of item positions as bits (32 to a word of a Uint32Array): what the walks keep of which items
 * a platform reaches, which lie below a change or above some items. A bit per item keeps a set of
 * 10^5 items in 12.5 KB, and scanning it word by word visits the items in order.
 */

/** An empty set for positions 0 .. n - 1. */
export function bitSet(n: number): Uint32Array {
  return new Uint32Array((n + 31) >>> 5);
}

export function hasBit(set: Uint32Array, v: number): boolean {
  return ((set[v >>> 5]! >>> (v & 31)) & 1) === 1;
}

export function setBit(set: Uint32Array, v: number): void {
  set[v >>> 5]! |= 1 << (v & 31);
}

/**
 * The position of the lowest bit of `bits`, the set's word at index `word`. The items of a word in
 * order: `for (let bits = set[word]; bits !== 0; bits &= bits - 1) visit(lowestBit(word, bits))`.
 */
export function lowestBit(word: number, bits: number): number {
  return (word << 5) | (31 - Math.clz32(bits & -bits));
}
