// Which dependencies a caller gets and in which order: the table rows `PlatformExplosion.select`
// picks before anything is built, and the score order of built `Dependency` objects.

import { type DependencyTable, itemCountOf, kindOf, KINDS } from './dependency-table';
import type { Dependency, SelectDependenciesOptions } from './dependency-types';

/** Rows filtered and ordered as asked (`PlatformExplosion.select`), before any is built. */
export function selectRows(t: DependencyTable, options: SelectDependenciesOptions): number[] {
  const kind = options.kind === undefined ? -1 : KINDS.indexOf(options.kind);
  const by = options.by ?? 'score';
  // In score order (the table's) the first `limit` rows that pass are the answer.
  const enough = by === 'score' && options.limit !== undefined ? Math.max(0, options.limit) : Infinity;
  const rows: number[] = [];
  for (let r = 0; r < t.count && rows.length < enough; r++) {
    const row = t.order[r]!;
    if (kind >= 0 && kindOf(t, row) !== kind) continue;
    if (options.minScore !== undefined && !(t.score[row]! >= options.minScore)) continue;
    rows.push(row);
  }
  if (by !== 'score') {
    // Item rows keep no item count (each is 1): the counts are laid out for this sort only.
    const field = by === 'quantity' ? t.quantity : by === 'pathCount' ? t.pathCount : Float64Array.from({ length: t.count }, (_, row) => itemCountOf(t, row));
    rows.sort((a, b) => field[b]! - field[a]! || t.rankOf[a]! - t.rankOf[b]!);
  }
  if (options.limit !== undefined && rows.length > options.limit) rows.length = Math.max(0, options.limit);
  return rows;
}

/** Highest score first; unscored dependencies last; ties by key so the order is stable. */
export function compareByScoreDesc(a: Dependency, b: Dependency): number {
  const sa = a.score.value;
  const sb = b.score.value;
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return sb - sa;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
