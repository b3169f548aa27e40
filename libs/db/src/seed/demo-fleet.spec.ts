import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '@routekaart/domain';
import { loadCrmDataset } from './crm-data';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import {
  DEMO_COMPOSITIONS,
  DEMO_ITEM_MATERIALS,
  DEMO_ITEMS,
  DEMO_SUPPLY_LINKS,
  type DemoIndustryOrgKey,
  type DemoOrgKey,
  type DemoSupplyLink,
} from './demo-fleet';

const itemKeys = new Set(DEMO_ITEMS.map((i) => i.key));
const kindOf = new Map(DEMO_ITEMS.map((i) => [i.key, i.kind]));
const children = new Map<string, typeof DEMO_COMPOSITIONS>();
for (const c of DEMO_COMPOSITIONS) children.set(c.parentKey, [...(children.get(c.parentKey) ?? []), c]);
const platforms = DEMO_ITEMS.filter((i) => i.kind === 'PLATFORM');

/** Longest chain of edges below an item (the graph is checked acyclic first). */
const depthBelow = (key: string): number => Math.max(0, ...(children.get(key) ?? []).map((c) => 1 + depthBelow(c.childKey)));

/** kg of each material in one unit of an item, summed down the bill of materials. */
const materialContent = (key: string, factor = 1, acc = new Map<string, number>()): Map<string, number> => {
  for (const m of DEMO_ITEM_MATERIALS.filter((x) => x.itemKey === key)) acc.set(m.materialSymbol, (acc.get(m.materialSymbol) ?? 0) + factor * m.quantityKg);
  for (const c of children.get(key) ?? []) materialContent(c.childKey, factor * c.quantity, acc);
  return acc;
};

// Who may read a link, per DESIGN.md §5, for organisations taking part in the roadmap.
const GOVERNMENT_ORGS: DemoOrgKey[] = ['ez', 'defensie'];
const canSee = (org: DemoOrgKey, l: DemoSupplyLink) =>
  l.contributedByOrgKey === org ||
  l.sharedWith.includes(org) ||
  l.visibility === 'ROADMAP' ||
  (l.visibility === 'GOVERNMENT' && GOVERNMENT_ORGS.includes(org));

describe('demo fleet: bill of materials', () => {
  it('has at least 60 items with unique keys and names, and the three platforms', () => {
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(60);
    expect(itemKeys.size).toBe(DEMO_ITEMS.length);
    expect(new Set(DEMO_ITEMS.map((i) => i.name)).size).toBe(DEMO_ITEMS.length);
    expect(platforms.map((p) => p.name)).toEqual([
      'Luchtverdedigings- en commandofregat (LCF-vervanger)',
      'ASW-fregat',
      'Combat Support Ship',
    ]);
  });

  it('refers only to existing items, once per parent-child pair, with positive quantities', () => {
    for (const c of DEMO_COMPOSITIONS) {
      expect(itemKeys.has(c.parentKey), c.parentKey).toBe(true);
      expect(itemKeys.has(c.childKey), c.childKey).toBe(true);
      expect(c.quantity).toBeGreaterThan(0);
    }
    for (const m of DEMO_ITEM_MATERIALS) expect(itemKeys.has(m.itemKey), m.itemKey).toBe(true);
    for (const l of DEMO_SUPPLY_LINKS) expect(itemKeys.has(l.itemKey), l.itemKey).toBe(true);
    expect(new Set(DEMO_COMPOSITIONS.map((c) => `${c.parentKey}>${c.childKey}`)).size).toBe(DEMO_COMPOSITIONS.length);
  });

  it('is a DAG', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (key: string, path: string[]) => {
      if (state.get(key) === 'done') return;
      if (state.get(key) === 'visiting') {
        cycles.push([...path, key].join(' > '));
        return;
      }
      state.set(key, 'visiting');
      for (const c of children.get(key) ?? []) visit(c.childKey, [...path, key]);
      state.set(key, 'done');
    };
    for (const i of DEMO_ITEMS) visit(i.key, []);
    expect(cycles).toEqual([]);
  });

  it('reaches every item from a platform, and only platforms have no parent', () => {
    const reached = new Set<string>();
    const walk = (key: string) => {
      if (reached.has(key)) return;
      reached.add(key);
      for (const c of children.get(key) ?? []) walk(c.childKey);
    };
    platforms.forEach((p) => walk(p.key));
    expect(DEMO_ITEMS.filter((i) => !reached.has(i.key)).map((i) => i.key)).toEqual([]);
    const withParent = new Set(DEMO_COMPOSITIONS.map((c) => c.childKey));
    expect(DEMO_ITEMS.filter((i) => !withParent.has(i.key)).map((i) => i.key)).toEqual(['P_LCF', 'P_ASW', 'P_CSS']);
  });

  it.each([
    ['P_LCF', 6],
    ['P_ASW', 6],
    ['P_CSS', 6],
  ])('goes at least four tiers deep below %s (%i)', (key, depth) => {
    expect(depthBelow(key)).toBe(depth);
  });

  it('passes through every kind on the way from platform to the NdPr oxide in the propulsion motor', () => {
    const path = ['P_LCF', 'S_PROPULSION', 'C_PM_MOTOR', 'C_ROTOR', 'SF_NDFEB_MAGNET', 'MF_NDPR_METAL', 'MF_NDPR_OXIDE'];
    for (let i = 1; i < path.length; i++) {
      expect(DEMO_COMPOSITIONS.some((c) => c.parentKey === path[i - 1] && c.childKey === path[i]), path[i]).toBe(true);
    }
    expect([...new Set(path.map((k) => kindOf.get(k)))]).toEqual(['PLATFORM', 'SYSTEM', 'COMPONENT', 'SEMI_FINISHED', 'MATERIAL_FORM']);
  });

  it('shares systems between platforms', () => {
    const parentsOf = (child: string) => DEMO_COMPOSITIONS.filter((c) => c.childKey === child).map((c) => c.parentKey);
    expect(parentsOf('S_AESA')).toEqual(['P_LCF', 'P_ASW']);
    expect(parentsOf('S_PROPULSION')).toEqual(['P_LCF', 'P_ASW', 'P_CSS']);
    expect(parentsOf('SF_NDFEB_MAGNET')).toEqual(['C_STIRLING_COOLER', 'C_ROTOR', 'C_PM_MOTOR_AUX']);
  });
});

describe('demo fleet: materials', () => {
  const crm = loadCrmDataset();
  const known = new Set(crm.materials.map((m) => m.symbol));

  it('uses only materials of the EU catalogue, so each has published supply shares', () => {
    expect(DEMO_ITEM_MATERIALS.filter((m) => !known.has(m.materialSymbol))).toEqual([]);
    expect(DEMO_ITEM_MATERIALS.every((m) => m.quantityKg > 0)).toBe(true);
  });

  it('covers the materials the roadmap is about', () => {
    const used = new Set(DEMO_ITEM_MATERIALS.map((m) => m.materialSymbol));
    for (const s of ['Nd', 'Pr', 'Dy', 'Tb', 'Ga', 'Ge', 'W', 'Co', 'Ni', 'Ti', 'Cu', 'Li', 'GRAPHITE', 'B', 'Nb', 'Ta']) {
      expect(used.has(s), s).toBe(true);
    }
  });

  it('puts materials on leaves only, so a walk down the graph never counts one twice', () => {
    const withMaterials = new Set(DEMO_ITEM_MATERIALS.map((m) => m.itemKey));
    expect([...withMaterials].filter((k) => children.has(k))).toEqual([]);
  });

  it.each([
    // Per kg of NdFeB: 0.29 kg NdPr metal x 1.167 kg oxide/kg x 64.3% Nd, 21.4% Pr; 0.05 kg DyFe x 80%.
    // Fe: 0.585 kg iron + 0.05 x 20% from DyFe + 0.055 x 82% from FeB.
    ['SF_NDFEB_MAGNET', { Nd: 0.2176, Pr: 0.0724, Dy: 0.04, B: 0.0099, Co: 0.02, Fe: 0.6401 }],
    // 2 GaN MMICs per T/R module, 1/250 wafer each, 2 g TMGa per wafer at 60.7% Ga: 9.7 mg.
    ['C_TR_MODULE', { Ga: 0.00000971 }],
    // 0.22 kg Tb; 0.63 kg DyFe = 0.504 kg Dy + 0.126 kg Fe; 0.35 kg Fe.
    ['SF_TERFENOL_ROD', { Tb: 0.22, Dy: 0.504, Fe: 0.476 }],
  ])('adds up the material content of %s', (key, expected) => {
    const content = materialContent(key);
    expect([...content.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [symbol, kg] of Object.entries(expected)) {
      expect(Math.abs((content.get(symbol) ?? 0) / kg - 1), symbol).toBeLessThan(0.001);
    }
  });
});

describe('demo fleet: supply links', () => {
  const industry: DemoIndustryOrgKey[] = ['werf', 'radar', 'magneet'];

  it('keeps the shares of each item at or below 100% across all contributors', () => {
    const sums = new Map<string, number>();
    for (const l of DEMO_SUPPLY_LINKS) {
      expect(l.share, `${l.itemKey} ${l.supplierName}`).toBeGreaterThan(0);
      sums.set(l.itemKey, (sums.get(l.itemKey) ?? 0) + l.share);
    }
    expect([...sums].filter(([, s]) => s > 1 + 1e-9)).toEqual([]);
    expect(sums.get('C_CONTROL_BOARD')).toBeCloseTo(1, 9); // shipyard 45%, radar maker 30% + 25%
  });

  it('has valid tiers, countries, organisations and sharing', () => {
    const orgKeys = new Set(DEMO_ORGANISATIONS.map((o) => o.key));
    for (const l of DEMO_SUPPLY_LINKS) {
      const what = `${l.itemKey} ${l.supplierName}`;
      expect([1, 2, 3, 4], what).toContain(l.tier);
      expect(COUNTRY_NAMES[l.country], what).toBeDefined();
      expect(industry, what).toContain(l.contributedByOrgKey);
      expect(l.leadTimeWeeks, what).toBeGreaterThan(0);
      expect(l.stockMonths, what).toBeGreaterThanOrEqual(0);
      for (const o of l.sharedWith) expect(orgKeys.has(o) && o !== l.contributedByOrgKey, what).toBe(true);
      if (l.sharedWith.length > 0) expect(l.visibility, what).toBe('OWNER');
      if (l.supplierOrgKey) expect(l.supplierName).toBe(DEMO_ORGANISATIONS.find((o) => o.key === l.supplierOrgKey)?.name);
    }
  });

  it('draws on suppliers in many countries', () => {
    const countries = new Set(DEMO_SUPPLY_LINKS.map((l) => l.country));
    for (const c of ['CN', 'US', 'DE', 'NL', 'FR', 'JP', 'KR', 'NO', 'SE', 'ZA', 'CD', 'RU', 'BR', 'TR', 'AU']) expect(countries.has(c), c).toBe(true);
  });

  it.each(['werf', 'radar', 'magneet'] as const)('has %s contribute OWNER, GOVERNMENT and ROADMAP links, some OWNER shared', (org) => {
    const own = DEMO_SUPPLY_LINKS.filter((l) => l.contributedByOrgKey === org);
    expect(new Set(own.map((l) => l.visibility))).toEqual(new Set(['OWNER', 'GOVERNMENT', 'ROADMAP']));
    expect(own.filter((l) => l.visibility === 'OWNER' && l.sharedWith.length === 0).length).toBeGreaterThan(0);
    expect(own.filter((l) => l.visibility === 'OWNER' && l.sharedWith.length === 1).length).toBeGreaterThan(0);
  });

  it.each([
    ['werf', 'magneet', ['Ningbo Jinli Magnetics Co.', 'Volga Titanium Rolling JSC']],
    ['magneet', 'werf', ['Jiangxi Rare Metals Co.', 'Lubumbashi Cobalt Refining SARL']],
    ['radar', 'magneet', ['Yokohama Compound Semiconductor KK', 'Yunnan Germanium Co.']],
  ] as const)('keeps supplier names of %s that %s may never see', (owner, other, names) => {
    const seenByOther = new Set(DEMO_SUPPLY_LINKS.filter((l) => canSee(other, l)).map((l) => l.supplierName));
    const hidden = DEMO_SUPPLY_LINKS.filter((l) => l.contributedByOrgKey === owner && !seenByOther.has(l.supplierName)).map((l) => l.supplierName);
    for (const n of names) expect(hidden).toContain(n);
  });

  it('contains single sources and stock that runs out before a new delivery can arrive', () => {
    const WEEKS_PER_MONTH = 52 / 12;
    const short = DEMO_SUPPLY_LINKS.filter((l) => l.stockMonths * WEEKS_PER_MONTH < l.leadTimeWeeks && l.stockMonths > 0);
    expect(short.map((l) => `${l.itemKey} ${l.supplierName}`)).toEqual(expect.arrayContaining([
      'SF_ARMOUR_STEEL Nordic Steel Works AB',
      'MF_TMGA Shandong Gallium Chemicals Co.',
      'MF_DYFE Jiangxi Rare Metals Co.',
      'C_IR_LENS Kyushu Optics KK',
    ]));
    expect(DEMO_SUPPLY_LINKS.filter((l) => l.singleSource).length).toBeGreaterThanOrEqual(10);
  });
});
