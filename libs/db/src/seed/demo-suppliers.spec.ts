import { describe, expect, it } from 'vitest';
import { CAPABILITIES, PROVINCES, validateProfile } from '@routekaart/domain';
import { DEMO_CURRENT_SUPPLIERS, DEMO_POTENTIAL_SUPPLIERS, demoSuppliers } from './demo-suppliers';

describe('the demo supplier directory', () => {
  const all = demoSuppliers();

  it('has about 300 current (A/B) and 3,000 potential (C/D) suppliers, the same on every call', () => {
    expect(all.filter((s) => s.category === 'A' || s.category === 'B')).toHaveLength(DEMO_CURRENT_SUPPLIERS);
    expect(all.filter((s) => s.category === 'C' || s.category === 'D')).toHaveLength(DEMO_POTENTIAL_SUPPLIERS);
    expect(demoSuppliers()).toEqual(all);
  });

  it('labels every generated entry demo and links the demo companies to their organisations', () => {
    expect(all.filter((s) => s.orgKey).map((s) => [s.orgKey, s.demo])).toEqual([['werf', false], ['radar', false], ['magneet', false]]);
    expect(all.filter((s) => !s.orgKey).every((s) => s.demo)).toBe(true);
  });

  it('has the trade association keep the potential suppliers in metalworking, with unique KvK numbers, and nothing else', () => {
    const kept = all.filter((s) => s.keptByOrgKey);
    expect(new Set(kept.map((s) => s.keptByOrgKey))).toEqual(new Set(['metaalunie']));
    expect(kept.every((s) => !s.orgKey && (s.category === 'C' || s.category === 'D') && s.demo)).toBe(true);
    expect(kept.every((s) => s.capabilities.some((c) => ['FIVE_AXIS_MACHINING', 'CASTING', 'FORGING', 'WELDING_EXC3', 'WELDING_EXC4', 'PRECISION_SHEET_METAL', 'SURFACE_TREATMENT'].includes(c)))).toBe(true);
    expect(new Set(kept.map((s) => s.kvkNumber)).size).toBe(kept.length);
    // A sizeable part of the potential suppliers, not all of them: the rest stay kept by nobody.
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.length).toBeLessThan(DEMO_POTENTIAL_SUPPLIERS);
  });

  it('has unique names and valid profiles spread over every province and capability', () => {
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
    for (const s of all) validateProfile(s);
    expect(new Set(all.map((s) => s.province))).toEqual(new Set(PROVINCES));
    expect(new Set(all.flatMap((s) => s.capabilities))).toEqual(new Set(CAPABILITIES));
    // Current suppliers serve Defence and hold AQAP far more often than potential ones.
    const share = (list: typeof all, f: (s: (typeof all)[number]) => boolean) => list.filter(f).length / list.length;
    const current = all.filter((s) => s.category === 'A' || s.category === 'B');
    const potential = all.filter((s) => s.category === 'C' || s.category === 'D');
    expect(share(current, (s) => s.sectors.includes('DEFENCE'))).toBe(1);
    expect(share(current, (s) => s.certifications.includes('AQAP_2110'))).toBeGreaterThan(0.4);
    expect(share(potential, (s) => s.certifications.includes('AQAP_2110'))).toBeLessThan(0.15);
  });
});
