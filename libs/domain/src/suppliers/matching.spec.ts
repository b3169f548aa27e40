import { describe, expect, it } from 'vitest';
import { cosineSimilarity, demandFits, profileVector, rankCandidates, similarProfiles, type DemandCriteria, type ProfileView } from './matching';
import { validateDemand, validateProfile, validateResponse } from './validation';

const profile = (p: Partial<ProfileView> & Pick<ProfileView, 'id' | 'capabilities'>): ProfileView => ({
  name: p.id,
  category: 'C',
  certifications: [],
  sectors: [],
  clearance: 'NONE',
  capacityHoursPerMonth: 400,
  capacityFrom: '2027-01-01',
  ...p,
});

/** Welding to EXC3 with ISO 3834-2 and clearance, 300 hours a month from March 2027. */
const demand: DemandCriteria = {
  capabilities: ['WELDING_EXC3', 'PRECISION_SHEET_METAL'],
  requiredCertifications: ['ISO_3834_2', 'AQAP_2110'],
  requiredClearance: 'CLEARED',
  hoursPerMonth: 300,
  windowStart: '2027-03-01',
};

// Hand-made profiles: one that has it all, one short of a certification and clearance, one with
// capacity only later, one that keeps its certifications from this reader, one that does nothing relevant.
const complete = profile({
  id: 'p-complete',
  capabilities: ['WELDING_EXC3', 'PRECISION_SHEET_METAL', 'SURFACE_TREATMENT'],
  certifications: ['ISO_9001', 'ISO_3834_2', 'AQAP_2110'],
  sectors: ['MARITIME'],
  clearance: 'CLEARED',
  category: 'C',
});
const noAqap = profile({
  id: 'p-no-aqap',
  capabilities: ['WELDING_EXC3', 'PRECISION_SHEET_METAL'],
  certifications: ['ISO_3834_2'],
  clearance: 'APPLIED',
  category: 'D',
});
const late = profile({
  id: 'p-late',
  capabilities: ['WELDING_EXC3'],
  certifications: ['ISO_3834_2', 'AQAP_2110'],
  clearance: 'CLEARED',
  capacityHoursPerMonth: 150,
  capacityFrom: '2027-09-01',
});
const hidden = profile({ id: 'p-hidden', capabilities: ['WELDING_EXC3', 'PRECISION_SHEET_METAL'], certifications: null, clearance: null, capacityHoursPerMonth: null, capacityFrom: null });
const unrelated = profile({ id: 'p-pcb', capabilities: ['PCB', 'ELECTRONICS_ASSEMBLY'], certifications: ['ISO_3834_2', 'AQAP_2110'], clearance: 'CLEARED' });

describe('ranking candidates for a capacity demand', () => {
  const ranked = rankCandidates(demand, [unrelated, hidden, late, noAqap, complete]);

  it('puts the profile that meets every requirement first and leaves out those without any capability asked for', () => {
    expect(ranked.map((c) => c.profileId)).toEqual(['p-complete', 'p-no-aqap', 'p-late', 'p-hidden']);
    expect(ranked[0]!.score).toBeGreaterThan(90);
    expect(ranked[0]!.gaps).toEqual([]);
  });

  it('explains why each candidate matches and what it lacks', () => {
    const byId = new Map(ranked.map((c) => [c.profileId, c]));
    expect(byId.get('p-complete')!.reasons.map((r) => [r.code, r.values, r.amount])).toEqual([
      ['CAPABILITIES', ['WELDING_EXC3', 'PRECISION_SHEET_METAL'], null],
      ['CERTIFICATIONS', ['ISO_3834_2', 'AQAP_2110'], null],
      ['CLEARANCE', ['CLEARED'], null],
      ['CAPACITY', [], 400],
      ['CATEGORY', ['C'], null],
    ]);
    expect(byId.get('p-no-aqap')!.gaps.map((g) => [g.code, g.values])).toEqual([
      ['MISSING_CERTIFICATIONS', ['AQAP_2110']],
      ['CLEARANCE_MISSING', ['CLEARED', 'APPLIED']],
    ]);
    expect(byId.get('p-late')!.gaps.map((g) => [g.code, g.values, g.amount])).toEqual([
      ['MISSING_CAPABILITIES', ['PRECISION_SHEET_METAL'], null],
      ['CAPACITY_SHORT', [], 150],
      ['CAPACITY_LATE', ['2027-09-01'], null],
    ]);
    // What the reader may not see is unknown, not assumed: it scores nothing and says so.
    expect(byId.get('p-hidden')!.gaps.map((g) => g.code)).toEqual(['CERTIFICATIONS_NOT_VISIBLE', 'CLEARANCE_NOT_VISIBLE', 'CAPACITY_NOT_VISIBLE']);
    expect(byId.get('p-hidden')!.components).toMatchObject({ capability: 1, certification: 0, clearance: 0, capacity: 0 });
  });

  it('prefers the candidate most like the item’s current suppliers when the rest is equal, and names that supplier', () => {
    const current = profile({ id: 'p-current', name: 'Huidige Lasser B.V.', category: 'A', capabilities: ['WELDING_EXC3', 'SURFACE_TREATMENT'], certifications: ['ISO_3834_2'], sectors: ['DEFENCE', 'MARITIME'] });
    const maritime = profile({ id: 'p-z-maritime', capabilities: ['WELDING_EXC3', 'SURFACE_TREATMENT'], certifications: ['ISO_3834_2'], sectors: ['DEFENCE', 'MARITIME'] });
    const medical = profile({ id: 'p-a-medical', capabilities: ['WELDING_EXC3', 'CASTING'], certifications: ['ISO_13485'], sectors: ['HEALTHCARE'] });
    const simple: DemandCriteria = { capabilities: ['WELDING_EXC3'], requiredCertifications: [], requiredClearance: 'NONE', hoursPerMonth: null, windowStart: '2027-03-01' };
    const withRefs = rankCandidates(simple, [medical, maritime, current], { references: [current] });
    expect(withRefs.map((c) => c.profileId)).toEqual(['p-z-maritime', 'p-a-medical']);
    expect(withRefs[0]!.reasons.find((r) => r.code === 'SIMILAR_TO_CURRENT')).toEqual({ code: 'SIMILAR_TO_CURRENT', values: ['Huidige Lasser B.V.'], amount: 1 });
    // Without references the two tie and the order is by id.
    expect(rankCandidates(simple, [maritime, medical]).map((c) => c.profileId)).toEqual(['p-a-medical', 'p-z-maritime']);
  });

  it('caps the list at the limit', () => {
    expect(rankCandidates(demand, [unrelated, hidden, late, noAqap, complete], { limit: 2 }).map((c) => c.profileId)).toEqual(['p-complete', 'p-no-aqap']);
  });
});

describe('companies like this one', () => {
  it('orders by cosine similarity over capabilities, certifications and sectors, with what they share', () => {
    const target = profile({ id: 't', capabilities: ['COMPOSITES', 'ADDITIVE_MANUFACTURING'], certifications: ['EN_9100'], sectors: ['AEROSPACE'] });
    const twin = profile({ id: 'twin', capabilities: ['COMPOSITES', 'ADDITIVE_MANUFACTURING'], certifications: ['EN_9100'], sectors: ['AEROSPACE'] });
    // half: 4 ones each, 2 shared: 2 / sqrt(4 x 4) = 0.5
    const half = profile({ id: 'half', capabilities: ['COMPOSITES'], certifications: ['ISO_9001'], sectors: ['AEROSPACE', 'MARITIME'] });
    const none = profile({ id: 'none', capabilities: ['CASTING'], sectors: ['RAIL'] });
    const list = similarProfiles(target, [none, half, twin, target]);
    expect(list.map((s) => [s.profileId, s.similarity, s.shared])).toEqual([
      ['twin', 1, ['COMPOSITES', 'ADDITIVE_MANUFACTURING', 'EN_9100', 'AEROSPACE']],
      ['half', 0.5, ['COMPOSITES', 'AEROSPACE']],
    ]);
  });

  it('computes cosine similarity of binary vectors by hand', () => {
    const a = profileVector({ capabilities: ['CASTING', 'FORGING'], certifications: null, sectors: null });
    const b = profileVector({ capabilities: ['CASTING'], certifications: ['ISO_9001'], sectors: [] });
    expect(cosineSimilarity(a, b)).toBeCloseTo(1 / 2, 10);
    expect(cosineSimilarity(a, profileVector({ capabilities: [], certifications: [], sectors: [] }))).toBe(0);
  });

  it('tells a company which demands fit it', () => {
    expect(demandFits({ capabilities: ['PCB', 'CASTING'] }, { capabilities: ['CASTING'] })).toBe(true);
    expect(demandFits({ capabilities: ['PCB'] }, { capabilities: ['CASTING'] })).toBe(false);
  });
});

describe('validation of profiles, demands and responses', () => {
  const fieldOf = (f: () => void) => {
    try {
      f();
      return null;
    } catch (e) {
      return [(e as { code: string }).code, (e as { field: string }).field];
    }
  };
  it('names the field at fault', () => {
    expect(fieldOf(() => validateProfile({ name: 'X', kvkNumber: '123', capabilities: ['PCB'], certifications: [] }))).toEqual(['BAD_USER_INPUT', 'kvkNumber']);
    expect(fieldOf(() => validateProfile({ name: 'X', capabilities: [], certifications: [] }))).toEqual(['BAD_USER_INPUT', 'capabilities']);
    expect(fieldOf(() => validateProfile({ name: 'X', kvkNumber: '12345678', capabilities: ['PCB'], certifications: [], capacityFrom: '2027-02-30' }))).toEqual(['BAD_USER_INPUT', 'capacityFrom']);
    expect(fieldOf(() => validateProfile({ name: 'X', kvkNumber: '12345678', capabilities: ['PCB'], certifications: ['ISO_9001'], capacityHoursPerMonth: 100 }))).toBeNull();
    const d = { title: 'Lassen', capabilities: ['WELDING_EXC3'] as const, quantity: 4, windowStart: '2027-03-01', windowEnd: '2027-12-31' };
    expect(fieldOf(() => validateDemand(d))).toBeNull();
    expect(fieldOf(() => validateDemand({ ...d, windowEnd: '2027-01-01' }))).toEqual(['BAD_USER_INPUT', 'windowEnd']);
    expect(fieldOf(() => validateDemand({ ...d, quantity: 0 }))).toEqual(['BAD_USER_INPUT', 'quantity']);
    expect(fieldOf(() => validateResponse({ hoursPerMonth: 0, availableFrom: '2027-01-01' }))).toEqual(['BAD_USER_INPUT', 'hoursPerMonth']);
  });
});
