import type { AnalysisItemKind } from '../analysis/analysis-types';
import { SHARE_TOLERANCE, formatPercent } from '../chain/chain-validation';
import type { ImportError, ParsedComposition, ParsedImport, ParsedItem, ParsedItemMaterial, ParsedSupplyLink } from './parse';
import type { ImportSheetKey, ImportVisibility } from './template';

/**
 * The dry run of an import: for every parsed row, whether applying it creates, changes or leaves alone
 * the company's stored record with the same key, and which fields change (before and after). Records
 * the file does not mention are left as they are and not listed. Deterministic: the same input gives
 * the same plan, in file order, so planning a file against the data it created gives only `unchanged`.
 *
 * The plan also finds what only the stored data can reveal: a composition row that closes a cycle
 * through the imported edges together with the stored ones (and those of other companies the user
 * can see), and shares of an item that exceed 100% together with its stored links not in the file.
 */
export interface ExistingItem {
  ref: string;
  name: string;
  kind: AnalysisItemKind;
  description: string | null;
  visibility: ImportVisibility;
  /** Organisation names (the API resolves the stored ids to names). */
  sharedWith: readonly string[];
}

export interface ExistingComposition {
  parentRef: string;
  childRef: string;
  quantity: number;
  unit: string;
}

export interface ExistingItemMaterial {
  itemRef: string;
  materialId: string;
  kgPerUnit: number | null;
}

export interface ExistingSupplyLink {
  ref: string;
  itemRef: string;
  supplierName: string;
  country: string | null;
  /** Fraction 0..1. */
  share: number | null;
  tier: number | null;
  leadTimeWeeks: number | null;
  stockMonths: number | null;
  singleSource: boolean;
  visibility: ImportVisibility;
  sharedWith: readonly string[];
}

export interface ExistingChainData {
  items: readonly ExistingItem[];
  compositions: readonly ExistingComposition[];
  itemMaterials: readonly ExistingItemMaterial[];
  supplyLinks: readonly ExistingSupplyLink[];
}

/**
 * A composition edge the user can see but that is not the company's own, with its ends as node keys:
 * the company's own items by reference, other items by a key that cannot clash with one (the API's
 * choice, e.g. "id:<uuid>").
 */
export interface VisibleEdge {
  parentRef: string;
  childRef: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlannedUpdate<T> {
  /** The parsed row (with its sheet and row number). */
  after: T;
  /** The stored record it replaces. */
  before: Omit<T, 'sheet' | 'row'>;
  /** Only the fields that differ, in template order. */
  changes: FieldChange[];
}

export interface EntityPlan<T> {
  create: T[];
  update: PlannedUpdate<T>[];
  unchanged: T[];
}

export interface ImportPlan {
  items: EntityPlan<ParsedItem>;
  compositions: EntityPlan<ParsedComposition>;
  itemMaterials: EntityPlan<ParsedItemMaterial>;
  supplyLinks: EntityPlan<ParsedSupplyLink>;
  /** Problems found against the stored data (cycles, share totals), in sheet and row order. */
  errors: ImportError[];
}

type Compare<T> = readonly [field: keyof T & string, equal: (a: never, b: never) => boolean][];

const same = (a: unknown, b: unknown) => a === b;
const sameNumber = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameText = (a: string | null, b: string | null) => (a ?? '').trim() === (b ?? '').trim();
/** Organisation names as a set: order, case and repeats do not matter. */
const sameNames = (a: readonly string[], b: readonly string[]) => {
  const norm = (names: readonly string[]) => [...new Set(names.map((n) => n.trim().toLowerCase()))].sort().join('\u0000');
  return norm(a) === norm(b);
};

const ITEM_FIELDS: Compare<ParsedItem> = [
  ['name', sameText],
  ['kind', same],
  ['description', sameText],
  ['visibility', same],
  ['sharedWith', sameNames],
];
const COMPOSITION_FIELDS: Compare<ParsedComposition> = [
  ['quantity', sameNumber],
  ['unit', sameText],
];
const ITEM_MATERIAL_FIELDS: Compare<ParsedItemMaterial> = [['kgPerUnit', sameNumber]];
const SUPPLY_LINK_FIELDS: Compare<ParsedSupplyLink> = [
  ['itemRef', same],
  ['supplierName', sameText],
  ['country', same],
  ['share', sameNumber],
  ['tier', sameNumber],
  ['leadTimeWeeks', sameNumber],
  ['stockMonths', sameNumber],
  ['singleSource', same],
  ['visibility', same],
  ['sharedWith', sameNames],
];

function planEntity<T extends { sheet: string; row: number }, E>(
  rows: readonly T[],
  existing: readonly E[],
  keyOfRow: (r: T) => string,
  keyOfExisting: (e: E) => string,
  fields: Compare<T>,
): EntityPlan<T> {
  const stored = new Map(existing.map((e) => [keyOfExisting(e), e]));
  const plan: EntityPlan<T> = { create: [], update: [], unchanged: [] };
  for (const row of rows) {
    const before = stored.get(keyOfRow(row));
    if (before === undefined) {
      plan.create.push(row);
      continue;
    }
    const changes: FieldChange[] = [];
    for (const [field, equal] of fields) {
      const a = (before as Record<string, unknown>)[field];
      const b = row[field];
      if (!(equal as (x: unknown, y: unknown) => boolean)(a ?? null, b ?? null)) changes.push({ field, before: a ?? null, after: b ?? null });
    }
    if (changes.length === 0) plan.unchanged.push(row);
    else plan.update.push({ after: row, before: before as unknown as Omit<T, 'sheet' | 'row'>, changes });
  }
  return plan;
}

const edgeKey = (parent: string, child: string) => `${parent}\u0000${child}`;

/** Plans applying `parsed` to the company's stored chain data; see the module comment. */
export function planImport(parsed: ParsedImport, existing: ExistingChainData, visibleEdges: readonly VisibleEdge[] = []): ImportPlan {
  const errors: ImportError[] = [];
  const columnOf = (sheet: ImportSheetKey, key: string) => parsed.sheets.find((s) => s.key === sheet)?.columns[key] ?? key;

  const items = planEntity(parsed.items, existing.items, (r) => r.ref, (e) => e.ref, ITEM_FIELDS);
  const itemMaterials = planEntity(
    parsed.itemMaterials,
    existing.itemMaterials,
    (r) => edgeKey(r.itemRef, r.materialId),
    (e) => edgeKey(e.itemRef, e.materialId),
    ITEM_MATERIAL_FIELDS,
  );

  // Cycles: stored and visible edges first, then the file's new edges in row order; an edge whose
  // child already reaches its parent closes a cycle and is reported on its row (and not added).
  const cycleRows = new Set<ParsedComposition>();
  const stored = new Set(existing.compositions.map((c) => edgeKey(c.parentRef, c.childRef)));
  const base = [...existing.compositions, ...visibleEdges];
  const added = parsed.compositions.filter((c) => !stored.has(edgeKey(c.parentRef, c.childRef)));
  if (added.length > 0 && hasCycle([...base, ...added])) {
    const children = new Map<string, string[]>();
    const link = (p: string, c: string) => {
      const list = children.get(p);
      if (list) list.push(c);
      else children.set(p, [c]);
    };
    for (const e of base) link(e.parentRef, e.childRef);
    for (const c of added) {
      const path = pathBetween(children, c.childRef, c.parentRef);
      if (path === null) {
        link(c.parentRef, c.childRef);
        continue;
      }
      cycleRows.add(c);
      const cycle = [c.parentRef, ...path].join(' -> ');
      errors.push({
        sheet: c.sheet,
        row: c.row,
        column: columnOf('compositions', 'childRef'),
        code: 'CYCLE',
        message: `This row would make the composition go round in a circle: ${cycle}`,
        params: { cycle },
      });
    }
  }
  const compositions = planEntity(
    parsed.compositions.filter((c) => !cycleRows.has(c)),
    existing.compositions,
    (r) => edgeKey(r.parentRef, r.childRef),
    (e) => edgeKey(e.parentRef, e.childRef),
    COMPOSITION_FIELDS,
  );

  // Shares: the file's links of an item plus its stored links the file leaves alone.
  const inFile = new Set(parsed.supplyLinks.map((l) => l.ref));
  const totals = new Map<string, number>();
  for (const l of existing.supplyLinks) {
    if (!inFile.has(l.ref) && l.share !== null) totals.set(l.itemRef, (totals.get(l.itemRef) ?? 0) + l.share);
  }
  const reported = new Set<string>();
  for (const l of parsed.supplyLinks) {
    if (l.share === null) continue;
    const total = (totals.get(l.itemRef) ?? 0) + l.share;
    totals.set(l.itemRef, total);
    if (total > 1 + SHARE_TOLERANCE && !reported.has(l.itemRef)) {
      reported.add(l.itemRef);
      errors.push({
        sheet: l.sheet,
        row: l.row,
        column: columnOf('supplyLinks', 'share'),
        code: 'SHARE_TOTAL',
        message: `With this row and the stored supply links of "${l.itemRef}" its shares add up to more than 100% (${formatPercent(total)})`,
        params: { item: l.itemRef, total: formatPercent(total) },
      });
    }
  }
  const supplyLinks = planEntity(parsed.supplyLinks, existing.supplyLinks, (r) => r.ref, (e) => e.ref, SUPPLY_LINK_FIELDS);

  const sheetOrder = new Map(parsed.sheets.map((s, i) => [s.name, i]));
  errors.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row);
  return { items, compositions, itemMaterials, supplyLinks, errors };
}

/** Kahn's algorithm over string-keyed edges: true when some edges form a cycle. */
function hasCycle(edges: readonly VisibleEdge[]): boolean {
  const index = new Map<string, number>();
  const id = (k: string) => {
    let i = index.get(k);
    if (i === undefined) {
      i = index.size;
      index.set(k, i);
    }
    return i;
  };
  const from = edges.map((e) => id(e.parentRef));
  const to = edges.map((e) => id(e.childRef));
  const n = index.size;
  const start = new Int32Array(n + 1);
  for (const p of from) start[p + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const target = new Int32Array(edges.length);
  const indegree = new Int32Array(n);
  edges.forEach((_, e) => {
    target[fill[from[e]!]!++] = to[e]!;
    indegree[to[e]!]!++;
  });
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  let done = 0;
  while (done < queue.length) {
    const v = queue[done++]!;
    for (let e = start[v]!; e < start[v + 1]!; e++) if (--indegree[target[e]!]! === 0) queue.push(target[e]!);
  }
  return done < n;
}

/** A path from `from` to `to` (both included) along `children`, or null; breadth first, so a shortest one. */
function pathBetween(children: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (v === to) {
      const path: string[] = [];
      for (let at: string | null = v; at !== null; at = cameFrom.get(at)!) path.push(at);
      return path.reverse();
    }
    for (const c of children.get(v) ?? []) {
      if (!cameFrom.has(c)) {
        cameFrom.set(c, v);
        queue.push(c);
      }
    }
  }
  return null;
}
