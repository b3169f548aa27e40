import type {
  AnalysisComposition,
  AnalysisItem,
  AnalysisItemMaterial,
  AnalysisMaterial,
  AnalysisMaterialSupply,
  AnalysisSupplyLink,
  ChainGraphInput,
  ExportRestriction,
  AnalysisItemKind,
} from '../analysis-types';

export interface GenerateChainGraphOptions {
  platforms: number;
  /** Total items, platforms included. */
  items: number;
  /** Composition edges; at least `items - platforms` (every other item needs a parent). */
  edges: number;
  materials: number;
  seed: number;
  /** Also generate a governance index for every country (default false, like production today). */
  withGovernance?: boolean;
}

/** mulberry32: small, fast, deterministic PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['CN', 'US', 'DE', 'NL', 'FR', 'JP', 'KR', 'ZA', 'CD', 'CL', 'AU', 'BR', 'RU', 'TR', 'IN', 'CA', 'NO', 'SE', 'PL', 'GB'];

/** Below platforms, in order; an edge always points to a later level, so the graph is a DAG. */
const LEVELS: readonly { kind: AnalysisItemKind; fraction: number }[] = [
  { kind: 'SYSTEM', fraction: 0.05 },
  { kind: 'COMPONENT', fraction: 0.4 },
  { kind: 'SEMI_FINISHED', fraction: 0.3 },
  { kind: 'MATERIAL_FORM', fraction: 0.25 },
];

/**
 * A deterministic synthetic product group for tests and benchmarks: platforms over four levels of
 * items, every non-platform item with at least one parent on the level above, the other edges
 * between random items of earlier and later levels (so components are shared within and across
 * platforms, with many DAG diamonds), supply links with some missing data, materials with supply
 * shares per stage and a few export restrictions. The same options always give the same graph.
 */
export function generateChainGraph(options: GenerateChainGraphOptions): ChainGraphInput {
  const { platforms, items: itemCount, edges: edgeCount, materials: materialCount, seed } = options;
  if (platforms < 1 || itemCount < platforms + LEVELS.length || materialCount < 1) {
    throw new RangeError('generateChainGraph: need at least one platform, one item per level and one material');
  }
  if (edgeCount < itemCount - platforms) throw new RangeError('generateChainGraph: every non-platform item needs a parent edge');
  const rng = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

  // Level boundaries: levelStart[l] is the first item index of level l (0 = platforms).
  const levelStart = [0, platforms];
  let rest = itemCount - platforms;
  LEVELS.forEach((level, l) => {
    const size = l === LEVELS.length - 1 ? rest : Math.max(1, Math.round((itemCount - platforms) * level.fraction));
    rest -= size;
    levelStart.push(levelStart[levelStart.length - 1]! + size);
  });
  const levelOf = (i: number): number => {
    let l = 0;
    while (i >= levelStart[l + 1]!) l++;
    return l;
  };

  const items: AnalysisItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    const l = levelOf(i);
    const kind = l === 0 ? 'PLATFORM' : LEVELS[l - 1]!.kind;
    items.push({ id: `item-${i}`, name: `${kind.toLowerCase()} ${i}`, kind });
  }

  const compositions: AnalysisComposition[] = [];
  const seen = new Set<number>();
  const addEdge = (parent: number, child: number): boolean => {
    const key = parent * itemCount + child;
    if (seen.has(key)) return false;
    seen.add(key);
    compositions.push({ parentId: items[parent]!.id, childId: items[child]!.id, quantity: int(1, 4), unit: 'pcs' });
    return true;
  };
  for (let i = platforms; i < itemCount; i++) {
    const l = levelOf(i);
    addEdge(int(levelStart[l - 1]!, levelStart[l]! - 1), i);
  }
  let attempts = 0;
  while (compositions.length < edgeCount) {
    if (++attempts > edgeCount * 20) throw new RangeError('generateChainGraph: too many edges for this many items');
    const child = int(platforms, itemCount - 1);
    const parent = int(0, levelStart[levelOf(child)]! - 1);
    addEdge(parent, child);
  }

  const materials: AnalysisMaterial[] = [];
  const exportRestrictions: ExportRestriction[] = [];
  for (let m = 0; m < materialCount; m++) {
    const supplies: AnalysisMaterialSupply[] = [];
    for (const stage of ['EXTRACTION', 'PROCESSING'] as const) {
      for (const scope of rng() < 0.5 ? (['GLOBAL', 'EU_SOURCING'] as const) : (['GLOBAL'] as const)) {
        const countries = new Set<string>();
        const wanted = int(1, 6);
        while (countries.size < wanted) countries.add(pick(COUNTRIES));
        const weights = [...countries].map(() => rng() ** 2 + 0.01);
        const total = weights.reduce((a, b) => a + b, 0);
        const covered = 0.85 + rng() * 0.15; // published tables rarely add up to exactly 100%
        [...countries].forEach((country, k) => {
          supplies.push({ stage, scope, country, share: (weights[k]! / total) * covered, t: rng() < 0.9 ? 0.8 + int(0, 4) / 10 : null });
        });
      }
    }
    materials.push({
      id: `mat-${m}`,
      symbol: `M${m}`,
      name: `material ${m}`,
      eolRecyclingRate: rng() < 0.8 ? rng() * 0.5 : null,
      substitutionIndex: rng() < 0.8 ? 0.7 + rng() * 0.3 : null,
      importReliance: rng() < 0.8 ? rng() : null,
      supplies,
    });
    if (rng() < 0.1) {
      const top = supplies.filter((s) => s.stage === 'PROCESSING' && s.scope === 'GLOBAL').sort((a, b) => b.share - a.share)[0]!;
      exportRestrictions.push({ materialId: `mat-${m}`, country: top.country, since: '2023-08-01', description: 'export licence required' });
    }
  }

  const itemMaterials: AnalysisItemMaterial[] = [];
  const supplyLinks: AnalysisSupplyLink[] = [];
  for (let i = platforms; i < itemCount; i++) {
    const kind = items[i]!.kind;
    const materialLines = kind === 'MATERIAL_FORM' ? 1 : kind === 'SEMI_FINISHED' ? int(0, 2) : kind === 'COMPONENT' && rng() < 0.2 ? 1 : 0;
    for (let k = 0; k < materialLines; k++) {
      itemMaterials.push({ itemId: items[i]!.id, materialId: `mat-${int(0, materialCount - 1)}`, quantityKg: rng() < 0.98 ? 0.1 + rng() * 50 : null });
    }
    if (rng() < 0.6) {
      const links = int(1, 3);
      const weights = Array.from({ length: links }, () => rng() + 0.05);
      const total = weights.reduce((a, b) => a + b, 0);
      for (let k = 0; k < links; k++) {
        supplyLinks.push({
          id: `link-${i}-${k}`,
          itemId: items[i]!.id,
          supplierKey: `org-${int(0, Math.max(10, itemCount / 20))}`,
          country: rng() < 0.97 ? pick(COUNTRIES) : null,
          share: rng() < 0.95 ? weights[k]! / total : null,
          tier: int(1, 3),
          leadTimeWeeks: rng() < 0.9 ? int(2, 52) : null,
          stockMonths: rng() < 0.8 ? int(0, 12) : null,
          singleSource: links === 1 && rng() < 0.3,
        });
      }
    }
  }

  const governance = options.withGovernance ? Object.fromEntries(COUNTRIES.map((c) => [c, Math.round(rng() * 100) / 10])) : undefined;
  return { items, compositions, itemMaterials, supplyLinks, materials, exportRestrictions, ...(governance && { governance }) };
}
