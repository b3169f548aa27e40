import { PerformanceObserver, constants, performance, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Why the API runs full garbage collections of its own (`startHeapKeeper`).
 *
 * Under a steady collaboration load (500 editors, an edit and a cursor move a second each) V8 runs
 * young-generation collections only. What outlives two of them (an update waiting for its batch to
 * be stored, socket buffers, the promises of a statement in flight) moves to the old generation and
 * stays there as garbage: V8 ran no full collection in 50 s of such load, and the process grew by
 * about 20 MiB per 15-second round of `bench:collab`. A full collection forced after three rounds
 * took the heap from 131 to 55 MB and the resident memory from 218 to 133 MiB. V8's own setting for
 * this (`--heap-growing-percent`) applies to every allocation, so the analysis' cold load, which
 * grows the heap by some 100 MB in a second and keeps half of it, collected more often and took
 * 16–29 % more CPU. The keeper instead looks every `intervalMs` at how much the old generation has
 * grown since V8's last full collection (its own or ours) and collects when that is more than the
 * threshold: at most one extra full collection per interval, whatever else runs. It also collects
 * once right after start-up (the garbage of loading modules, migrating and seeding: 149 → 122 MiB
 * resident at idle). Under the benchmark's collaboration load it collected once, 14 s in; V8 sized
 * its own limit from what was live after that and collected by itself from then on (every 3–8 s),
 * and resident memory stayed at 159–160 MiB where it had reached 185–210. In five alternating pairs
 * of `bench:analysis` runs with and without it, the cold request cost the same (README, "Memory").
 *
 * It stands aside while the event loop is busy (`maxBusy`, the share of the last interval it was not
 * idle): a full collection makes V8 size its limits from a small live heap, and under a saturating
 * request load (`bench:api`, the event loop busy all the time, about 250 MB/s allocated) its own full
 * collections then came often enough to cost 13–18 % more CPU per request, measured against
 * PostgreSQL's CPU per request in the same runs. Gated, three pairs showed no difference; the
 * collaboration load (the event loop busy about 40 % of the time) is collected as before.
 */
export interface HeapKeeperOptions {
  /** Growth of the old generation since the last full collection that makes the keeper collect. */
  thresholdBytes: number;
  /** Bytes in the old generation now (old objects, large objects, code). */
  oldGenerationBytes: () => number;
  /** Runs a full collection. */
  collect: () => void;
  /** After each collection the keeper ran, with why. */
  onCollect?: (reason: HeapCollectionReason) => void;
  /** Above this share of the last interval busy, the keeper does not collect (0.8 when not given). */
  maxBusy?: number;
}

export type HeapCollectionReason = 'startup' | 'growth';

/** The keeper's decisions, without timers or V8: `tick` is called every interval, `fullCollectionSeen` after any full collection. */
export class HeapKeeper {
  /**
   * The old generation's size right after the last full collection (what was live then), taken when
   * the collection ends rather than at the next look: under load it grows by about a megabyte a
   * second, and a base taken seconds later let it grow that much further before the keeper acted.
   */
  private base: number | null = null;

  constructor(private readonly options: HeapKeeperOptions) {}

  /** Collects once, as after start-up. */
  collectNow(reason: HeapCollectionReason): void {
    this.options.collect();
    this.base = this.options.oldGenerationBytes();
    this.options.onCollect?.(reason);
  }

  /**
   * Collects when the old generation has grown by more than the threshold since the base and the
   * event loop was busy at most `maxBusy` of the last interval (`busy`, 0–1); returns whether it did.
   */
  tick(busy = 0): boolean {
    const now = this.options.oldGenerationBytes();
    if (this.base === null || now < this.base) {
      this.base = now;
      return false;
    }
    if (now - this.base <= this.options.thresholdBytes) return false;
    if (busy > (this.options.maxBusy ?? 0.8)) return false;
    this.collectNow('growth');
    return true;
  }

  /** V8 finished a full collection (its own, or the keeper's a moment ago): what is there now is the new base. */
  fullCollectionSeen(): void {
    this.base = this.options.oldGenerationBytes();
  }
}

/** The old generation as `getHeapSpaceStatistics` reports it: every space but the young generation's. */
export function oldGenerationBytes(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space' || space.space_name === 'new_large_object_space') continue;
    used += space.space_used_size;
  }
  return used;
}

export interface RunningHeapKeeper {
  stop(): void;
}

/**
 * Starts the keeper for this process (see `HeapKeeper`): one full collection now, then a look every
 * `intervalMs` with how busy the event loop was since the last. Null when `thresholdMb` is 0 or
 * Node runs without `--expose-gc` (then there is no way to ask for a full collection; `npm start`,
 * the image and the benchmarks pass it).
 */
export function startHeapKeeper(options: {
  thresholdMb: number;
  intervalMs?: number;
  onCollect?: (reason: HeapCollectionReason) => void;
}): RunningHeapKeeper | null {
  const gc = globalThis.gc;
  if (options.thresholdMb <= 0 || !gc) return null;
  const keeper = new HeapKeeper({
    thresholdBytes: options.thresholdMb * 1024 * 1024,
    oldGenerationBytes,
    // gc() without options: a full, compacting collection (about 60 ms on the idle API's 65 MB heap).
    // Node 20's gc({ type: 'major' }) took 6 ms and left the heap at 68 of 73 MB, where gc() left 49.
    collect: () => gc(),
    onCollect: options.onCollect,
  });
  const observer = new PerformanceObserver((list) => {
    // A 'gc' entry's detail says which kind of collection it was (not in @types/node's PerformanceEntry).
    const kinds = list.getEntries().map((entry) => (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind);
    if (kinds.includes(constants.NODE_PERFORMANCE_GC_MAJOR)) {
      keeper.fullCollectionSeen();
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  keeper.collectNow('startup');
  let utilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    keeper.tick(performance.eventLoopUtilization(now, utilization).utilization);
    utilization = now;
  }, options.intervalMs ?? 5000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      observer.disconnect();
    },
  };
}
