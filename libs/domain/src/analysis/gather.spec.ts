import { describe, expect, it } from 'vitest';
import { gather } from './gather';

describe('gather', () => {
  it('picks values by index, in the order of the indexes, from typed or plain index lists', () => {
    expect(gather(['a', 'b', 'c', 'd'], Int32Array.of(3, 0, 0, 2))).toEqual(['d', 'a', 'a', 'c']);
    expect(gather([10, 20], [1])).toEqual([20]);
    expect(gather(['a'], new Int32Array(0))).toEqual([]);
  });
});
