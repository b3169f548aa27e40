import { describe, expect, it } from 'vitest';
import type { AnalysisMaterialSupply } from './analysis-types';
import { groupSupplyRisk, type SupplyRiskCatalogue, type SupplyRiskCatalogueEntry } from './group-supply-risk';
import { supplyRisk } from './supply-risk';
import { material } from './testing/hand-checked-graph';

const global = (country: string, share: number): AnalysisMaterialSupply => ({ stage: 'PROCESSING', scope: 'GLOBAL', country, share, t: 1 });

function catalogue(entries: SupplyRiskCatalogueEntry[], membersOf: Record<string, string[]> = {}): SupplyRiskCatalogue {
  return { byId: new Map(entries.map((e) => [e.material.id, e])), membersOf: new Map(Object.entries(membersOf)) };
}

// Without governance data the value is the unweighted HHI times (1 - EoL-RIR) x SI (both 1 here):
// one country at 100% gives 1, two at 50% give 0.5.
const concentrated = (id: string) => ({ material: material(id, { supplies: [global('CN', 1)] }), inherited: null });
const dispersed = (id: string) => ({ material: material(id, { supplies: [global('CN', 0.5), global('AU', 0.5)] }), inherited: null });
const noShares = (id: string) => ({ material: material(id), inherited: null });

describe('groupSupplyRisk', () => {
  it('gives the supply risk of a material that is no group, with no notes of its own', () => {
    const result = groupSupplyRisk(catalogue([dispersed('Fe')]), 'Fe')!;
    expect(result.basedOnMaterialId).toBeNull();
    expect(result.notes).toEqual([]);
    expect(result.risk).toEqual(supplyRisk(dispersed('Fe').material));
    expect(result.risk.value).toBeCloseTo(0.5, 9);
  });

  it('counts the riskiest element of a group and says which, with the value of the group’s own rows', () => {
    const result = groupSupplyRisk(catalogue([dispersed('LREE'), dispersed('La'), concentrated('Nd')], { LREE: ['La', 'Nd'] }), 'LREE')!;
    expect(result.basedOnMaterialId).toBe('Nd');
    expect(result.risk.value).toBeCloseTo(1, 9);
    expect(result.notes).toEqual(['LREE is published per element: the highest supply risk among its elements counts, here Nd (the group\'s own rows give 0.500)']);
  });

  it('keeps the group’s own rows when they are riskier than every element', () => {
    const result = groupSupplyRisk(catalogue([concentrated('HREE'), dispersed('Dy')], { HREE: ['Dy'] }), 'HREE')!;
    expect(result.basedOnMaterialId).toBeNull();
    expect(result.risk.value).toBeCloseTo(1, 9);
    expect(result.notes).toEqual([]);
  });

  it('takes an element when the group has no shares of its own, without quoting a group value', () => {
    const result = groupSupplyRisk(catalogue([noShares('PGM'), noShares('Pt'), dispersed('Pd')], { PGM: ['Pt', 'Pd'] }), 'PGM')!;
    expect(result.basedOnMaterialId).toBe('Pd');
    expect(result.notes).toEqual(['PGM is published per element: the highest supply risk among its elements counts, here Pd']);
  });

  it('says which inputs the counted element takes from its group', () => {
    const nd = { ...concentrated('Nd'), inherited: { fromSymbol: 'LREE', inputs: ['IMPORT_RELIANCE', 'EOL_RIR'] as const } };
    const result = groupSupplyRisk(catalogue([nd]), 'Nd')!;
    expect(result.notes).toEqual(['Nd has no import reliance or EoL-RIR of its own: the value of its group LREE is used']);
  });

  it('gives no value for a group with no shares anywhere, and null for a material not in the catalogue', () => {
    const result = groupSupplyRisk(catalogue([noShares('PGM'), noShares('Pt')], { PGM: ['Pt'] }), 'PGM')!;
    expect(result.risk.value).toBeNull();
    expect(result.basedOnMaterialId).toBeNull();
    expect(groupSupplyRisk(catalogue([noShares('PGM')]), 'Nd')).toBeNull();
  });
});
