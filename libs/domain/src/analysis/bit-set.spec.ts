import { describe, expect, it } from 'vitest';
import { bitSet, hasBit, lowestBit, setBit } from './bit-set';

describe('bit sets of item positions', () => {
  it('holds the positions set, across words, and lists them in order', () => {
    const set = bitSet(70);
    expect(set.length).toBe(3);
    for (const v of [69, 0, 31, 32, 5]) setBit(set, v);
    expect([0, 5, 31, 32, 69].every((v) => hasBit(set, v))).toBe(true);
    expect([1, 30, 33, 68].some((v) => hasBit(set, v))).toBe(false);
    const listed: number[] = [];
    for (let word = 0; word < set.length; word++) for (let bits = set[word]!; bits !== 0; bits &= bits - 1) listed.push(lowestBit(word, bits));
    expect(listed).toEqual([0, 5, 31, 32, 69]);
  });
});
