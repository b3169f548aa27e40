import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { HeapKeeper, oldGenerationBytes, startHeapKeeper, type HeapCollectionReason } from './heap-keeper';

const MB = 1024 * 1024;

/** A keeper over a pretend heap: `grow` adds to the old generation, a collection leaves `live`. */
function pretendHeap(thresholdMb: number) {
  const state = { old: 50 * MB, live: 50 * MB, collections: [] as HeapCollectionReason[] };
  const keeper = new HeapKeeper({
    thresholdBytes: thresholdMb * MB,
    oldGenerationBytes: () => state.old,
    collect: () => (state.old = state.live),
    onCollect: (reason) => state.collections.push(reason),
  });
  return { keeper, state, grow: (mb: number) => (state.old += mb * MB) };
}

describe('the heap keeper', () => {
  it('collects once the old generation has grown by more than the threshold since the last full collection', () => {
    const { keeper, state, grow } = pretendHeap(24);
    expect(keeper.tick()).toBe(false); // no collection seen yet: the first look takes the base (50 MB)
    grow(20);
    expect(keeper.tick()).toBe(false);
    grow(4);
    expect(keeper.tick(), 'exactly the threshold is not more than it').toBe(false);
    grow(1);
    expect(keeper.tick()).toBe(true);
    expect(state.old).toBe(50 * MB);
    expect(state.collections).toEqual(['growth']);
    // The base is what its own collection left (60 MB live now), not what the next look finds.
    state.live = 60 * MB;
    grow(30);
    keeper.tick(); // 80 MB: collects back to 60
    grow(20);
    expect(keeper.tick()).toBe(false);
    grow(5);
    expect(keeper.tick()).toBe(true);
    expect(state.collections).toEqual(['growth', 'growth', 'growth']);
  });

  it("counts from V8's own full collections too, so it does not collect what V8 has already collected", () => {
    const { keeper, state, grow } = pretendHeap(24);
    keeper.tick();
    grow(40);
    // V8 collected on its own (as during an analysis load): the old generation is back to 55 MB.
    state.old = 55 * MB;
    keeper.fullCollectionSeen();
    grow(20);
    expect(keeper.tick()).toBe(false);
    grow(5);
    expect(keeper.tick()).toBe(true);
    expect(state.collections).toEqual(['growth']);
  });

  it('collects right away when asked (after start-up) and counts from what that left', () => {
    const { keeper, state, grow } = pretendHeap(24);
    grow(70);
    keeper.collectNow('startup');
    expect(state.old).toBe(50 * MB);
    grow(25);
    expect(keeper.tick()).toBe(true);
    expect(state.collections).toEqual(['startup', 'growth']);
  });

  it('stands aside while the event loop is busy, and collects once it has room again', () => {
    const { keeper, state, grow } = pretendHeap(24);
    keeper.tick();
    grow(30);
    expect(keeper.tick(0.95), 'a saturating request load').toBe(false);
    expect(keeper.tick(0.81)).toBe(false);
    expect(state.collections).toEqual([]);
    expect(keeper.tick(0.4), 'a collaboration load').toBe(true);
    expect(state.collections).toEqual(['growth']);
  });

  it('is off without --expose-gc (as under the test runner) and when the threshold is 0', () => {
    const gc = globalThis.gc;
    try {
      globalThis.gc = undefined;
      expect(startHeapKeeper({ thresholdMb: 24 })).toBeNull();
    } finally {
      globalThis.gc = gc;
    }
    expect(startHeapKeeper({ thresholdMb: 0 })).toBeNull();
  });

  it('reads the old generation of this process', () => {
    // This worker runs other spec files too: their garbage goes first, or a full collection that
    // allocating below may start would take it and the old generation could shrink meanwhile.
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    const before = oldGenerationBytes();
    expect(before).toBeGreaterThan(MB);
    // Kept alive long enough to be promoted: a few MB more in the old generation.
    const kept = Array.from({ length: 200_000 }, (_, i) => ({ i, name: `item ${i}` }));
    for (let k = 0; k < 40; k++) Array.from({ length: 50_000 }, (_, i) => [i]); // young garbage: scavenges move `kept` up
    expect(oldGenerationBytes() - before).toBeGreaterThan(4 * MB);
    expect(kept.length).toBe(200_000);
  });

  it('runs real full collections in a process started with --expose-gc', () => {
    // A child process as `npm start` runs the API: the keeper's module compiled as is. Batches that
    // outlive a few scavenges (as updates waiting for their store do) reach the old generation; the
    // keeper collects once at start and again whenever they have added more than 8 MB (the loop is
    // busy a small part of each 10 ms, as under a collaboration load, so the keeper does not stand
    // aside; a 1 MB young generation makes the batches reach the old generation within the run).
    const dir = mkdtempSync(join(tmpdir(), 'heap-keeper-'));
    try {
      const source = readFileSync(join(__dirname, 'heap-keeper.ts'), 'utf8');
      writeFileSync(join(dir, 'heap-keeper.js'), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
      const script = `
        const { startHeapKeeper } = require(${JSON.stringify(join(dir, 'heap-keeper.js'))});
        const reasons = [];
        const keeper = startHeapKeeper({ thresholdMb: 8, intervalMs: 50, onCollect: (reason) => reasons.push(reason) });
        let waiting = [];
        let rounds = 0;
        const timer = setInterval(() => {
          waiting.push(Array.from({ length: 5000 }, (_, i) => ({ i, text: 'update ' + rounds + ' ' + i })));
          if (waiting.length > 12) waiting.shift();
          for (let k = 0; k < 2; k++) Array.from({ length: 5000 }, (_, i) => [i]);
          if (++rounds === 150) {
            clearInterval(timer);
            keeper.stop();
            console.log(JSON.stringify(reasons));
          }
        }, 10);
      `;
      const out = execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=1', '-e', script], { encoding: 'utf8' });
      const reasons = JSON.parse(out.trim().split('\n').at(-1)!) as HeapCollectionReason[];
      expect(reasons[0]).toBe('startup');
      expect(reasons.slice(1).length, `collections: ${reasons.join(', ')}`).toBeGreaterThan(0);
      expect(new Set(reasons.slice(1))).toEqual(new Set(['growth']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
