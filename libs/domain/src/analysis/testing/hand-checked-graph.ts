import type { AnalysisMaterial, AnalysisSupplyLink, ChainGraphInput } from '../analysis-types';

/** A supply link with everything optional but the item, for small test graphs. */
export function link(id: string, itemId: string, fields: Partial<AnalysisSupplyLink> = {}): AnalysisSupplyLink {
  return {
    id,
    itemId,
    supplierKey: `supplier-of-${id}`,
    country: null,
    share: null,
    tier: 1,
    leadTimeWeeks: null,
    stockMonths: null,
    singleSource: false,
    ...fields,
  };
}

/** A material without EU-method inputs unless given. */
export function material(id: string, fields: Partial<AnalysisMaterial> = {}): AnalysisMaterial {
  return { id, symbol: id, name: id, eolRecyclingRate: null, substitutionIndex: null, importReliance: null, supplies: [], ...fields };
}

/**
 * The worked example of the dependency tests (numbers checked by hand in the spec):
 *
 *   P1 --1--> S1 --3--> C --2--> F (0.5 kg Nd)
 *   P1 --2--> S2 --1--> C
 *   P2 --1--> S2 (10 kg Fe)
 *
 * C is used by both systems of P1 (a diamond) and S2 by both platforms.
 * Supply: C single-sourced from CN (share unknown, 13 weeks lead time, 1 month stock);
 * F from CN 50%, AU 30% and an unknown country 20%; S2 from one supplier in NL.
 * Nd: processing CN 90% / MY 10%, extraction CN 60% / US 20% / AU 20%; CN restricts Nd exports.
 * Fe: extraction AU 40% / BR 30% / CN 30%.
 */
export function handCheckedGraph(): ChainGraphInput {
  return {
    items: [
      { id: 'P1', name: 'Frigate', kind: 'PLATFORM' },
      { id: 'P2', name: 'Patrol vessel', kind: 'PLATFORM' },
      { id: 'S1', name: 'Radar', kind: 'SYSTEM' },
      { id: 'S2', name: 'Propulsion', kind: 'SYSTEM' },
      { id: 'C', name: 'Magnet assembly', kind: 'COMPONENT' },
      { id: 'F', name: 'NdFeB magnet', kind: 'MATERIAL_FORM' },
    ],
    compositions: [
      { parentId: 'P1', childId: 'S1', quantity: 1, unit: 'pcs' },
      { parentId: 'P1', childId: 'S2', quantity: 2, unit: 'pcs' },
      { parentId: 'S1', childId: 'C', quantity: 3, unit: 'pcs' },
      { parentId: 'S2', childId: 'C', quantity: 1, unit: 'pcs' },
      { parentId: 'C', childId: 'F', quantity: 2, unit: 'pcs' },
      { parentId: 'P2', childId: 'S2', quantity: 1, unit: 'pcs' },
    ],
    itemMaterials: [
      { itemId: 'F', materialId: 'Nd', quantityKg: 0.5 },
      { itemId: 'S2', materialId: 'Fe', quantityKg: 10 },
    ],
    supplyLinks: [
      link('c1', 'C', { supplierKey: 'X', country: 'CN', leadTimeWeeks: 13, stockMonths: 1, singleSource: true }),
      link('f1', 'F', { supplierKey: 'Y', country: 'CN', share: 0.5, leadTimeWeeks: 26, stockMonths: 12 }),
      link('f2', 'F', { supplierKey: 'Z', country: 'AU', share: 0.3 }),
      link('f3', 'F', { supplierKey: 'W', country: null, share: 0.2 }),
      link('s1', 'S2', { supplierKey: 'V', country: 'NL', share: 1 }),
    ],
    materials: [
      material('Nd', {
        substitutionIndex: 0.9,
        eolRecyclingRate: 0,
        supplies: [
          { stage: 'PROCESSING', scope: 'GLOBAL', country: 'CN', share: 0.9, t: 1.1 },
          { stage: 'PROCESSING', scope: 'GLOBAL', country: 'MY', share: 0.1, t: 1 },
          { stage: 'EXTRACTION', scope: 'GLOBAL', country: 'CN', share: 0.6, t: 1 },
          { stage: 'EXTRACTION', scope: 'GLOBAL', country: 'US', share: 0.2, t: 1 },
          { stage: 'EXTRACTION', scope: 'GLOBAL', country: 'AU', share: 0.2, t: 1 },
        ],
      }),
      material('Fe', {
        substitutionIndex: 0.5,
        eolRecyclingRate: 0.3,
        supplies: [
          { stage: 'EXTRACTION', scope: 'GLOBAL', country: 'AU', share: 0.4, t: 1 },
          { stage: 'EXTRACTION', scope: 'GLOBAL', country: 'BR', share: 0.3, t: 1 },
          { stage: 'EXTRACTION', scope: 'GLOBAL', country: 'CN', share: 0.3, t: 1 },
        ],
      }),
    ],
    exportRestrictions: [{ materialId: 'Nd', country: 'CN', since: '2025-04-04', description: 'licence for rare-earth magnets' }],
  };
}
