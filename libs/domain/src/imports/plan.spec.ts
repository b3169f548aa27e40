import { describe, expect, it } from 'vitest';
import { parseImport, type ImportSheetInput, type ParsedImport } from './parse';
import { planImport, type ExistingChainData, type ExistingComposition, type ExistingItem, type ExistingItemMaterial, type ExistingSupplyLink } from './plan';

const catalogue = { materials: [{ id: 'mat-ga', symbol: 'Ga', name: 'Gallium' }] };
const none: ExistingChainData = { items: [], compositions: [], itemMaterials: [], supplyLinks: [] };

const file: ImportSheetInput[] = [
  {
    name: 'Onderdelen',
    rows: [
      { referentie: 'SYS', naam: 'Koelsysteem', soort: 'Systeem', 'gedeeld met': 'TNO; Damen' },
      { referentie: 'PMP', naam: 'Pomp', soort: 'Component', zichtbaarheid: 'Overheid' },
      { referentie: 'AS', naam: 'As', soort: 'Halffabricaat' },
    ],
  },
  {
    name: 'Samenstelling',
    rows: [
      { ouder: 'SYS', kind: 'PMP', aantal: '2' },
      { ouder: 'PMP', kind: 'AS', aantal: '1' },
    ],
  },
  { name: 'Materialen', rows: [{ onderdeel: 'AS', grondstof: 'Ga', 'kg per stuk': '0,2' }] },
  {
    name: 'Leveranciers',
    rows: [
      { referentie: 'L1', onderdeel: 'PMP', leverancier: 'Pompen BV', land: 'Duitsland', 'aandeel %': '60', 'enige bron': 'nee', 'gedeeld met': 'Damen' },
      { referentie: 'L2', onderdeel: 'PMP', leverancier: 'Pumps Ltd', land: 'GB', 'aandeel %': '40' },
    ],
  },
];

const parsed = (sheets: ImportSheetInput[] = file): ParsedImport => {
  const result = parseImport(sheets, { catalogue, existingItemRefs: ['OLD'] });
  expect(result.errors).toEqual([]);
  return result.data;
};

/** The stored data applying a plan would leave (what the API writes), for the idempotence test. */
function apply(data: ParsedImport): {
  items: ExistingItem[];
  compositions: ExistingComposition[];
  itemMaterials: ExistingItemMaterial[];
  supplyLinks: ExistingSupplyLink[];
} {
  const strip = <T extends { sheet: string; row: number }>({ sheet: _s, row: _r, ...rest }: T) => rest;
  return {
    items: data.items.map(strip),
    compositions: data.compositions.map(strip),
    itemMaterials: data.itemMaterials.map(strip),
    supplyLinks: data.supplyLinks.map(strip),
  };
}

const counts = (plan: ReturnType<typeof planImport>) =>
  Object.fromEntries(
    (['items', 'compositions', 'itemMaterials', 'supplyLinks'] as const).map((k) => [k, [plan[k].create.length, plan[k].update.length, plan[k].unchanged.length]]),
  );

describe('planImport', () => {
  it('creates everything against an empty company', () => {
    const plan = planImport(parsed(), none);
    expect(plan.errors).toEqual([]);
    expect(counts(plan)).toEqual({ items: [3, 0, 0], compositions: [2, 0, 0], itemMaterials: [1, 0, 0], supplyLinks: [2, 0, 0] });
  });

  it('gives only unchanged when the same file is planned against the data it created', () => {
    const data = parsed();
    const plan = planImport(data, apply(data));
    expect(plan.errors).toEqual([]);
    expect(counts(plan)).toEqual({ items: [0, 0, 3], compositions: [0, 0, 2], itemMaterials: [0, 0, 1], supplyLinks: [0, 0, 2] });
  });

  it('treats stored shared-with names as a set and stored numbers within rounding as equal', () => {
    const data = parsed();
    const stored = apply(data);
    stored.items[0] = { ...stored.items[0]!, sharedWith: ['damen', 'TNO'] };
    stored.supplyLinks[0] = { ...stored.supplyLinks[0]!, share: 0.6000000000001 };
    expect(counts(planImport(data, stored)).items).toEqual([0, 0, 3]);
    expect(counts(planImport(data, stored)).supplyLinks).toEqual([0, 0, 2]);
  });

  it('lists the fields that change with their before and after', () => {
    const data = parsed();
    const stored = apply(data);
    stored.items[1] = { ...stored.items[1]!, name: 'Oude pomp', visibility: 'OWNER' };
    stored.compositions[0] = { ...stored.compositions[0]!, quantity: 3 };
    stored.supplyLinks[1] = { ...stored.supplyLinks[1]!, country: 'US', singleSource: true };
    const plan = planImport(data, stored);
    expect(plan.items.update).toEqual([
      expect.objectContaining({
        after: expect.objectContaining({ ref: 'PMP', row: 3 }),
        changes: [
          { field: 'name', before: 'Oude pomp', after: 'Pomp' },
          { field: 'visibility', before: 'OWNER', after: 'GOVERNMENT' },
        ],
      }),
    ]);
    expect(plan.compositions.update[0]!.changes).toEqual([{ field: 'quantity', before: 3, after: 2 }]);
    expect(plan.supplyLinks.update[0]!.changes).toEqual([
      { field: 'country', before: 'US', after: 'GB' },
      { field: 'singleSource', before: true, after: false },
    ]);
    expect(counts(plan)).toEqual({ items: [0, 1, 2], compositions: [0, 1, 1], itemMaterials: [0, 0, 1], supplyLinks: [0, 1, 1] });
  });

  it('reports a cycle through the stored edges on the row that closes it', () => {
    const sheets: ImportSheetInput[] = [
      { name: 'Samenstelling', rows: [{ ouder: 'OLD', kind: 'SYS', aantal: '1' }] },
      ...file.filter((s) => s.name !== 'Samenstelling'),
    ];
    const stored: ExistingChainData = { ...none, compositions: [{ parentRef: 'SYS', childRef: 'PMP', quantity: 1, unit: 'stuks' }, { parentRef: 'PMP', childRef: 'OLD', quantity: 1, unit: 'stuks' }] };
    const plan = planImport(parsed(sheets), stored);
    expect(plan.errors).toEqual([
      expect.objectContaining({
        sheet: 'Samenstelling',
        row: 2,
        column: 'kind',
        code: 'CYCLE',
        message: 'This row would make the composition go round in a circle: OLD -> SYS -> PMP -> OLD',
      }),
    ]);
    expect(plan.compositions.create).toEqual([]);
  });

  it('reports a cycle within the file on its last edge, and one through an edge of another company the user sees', () => {
    const sheets: ImportSheetInput[] = [
      file[0]!,
      {
        name: 'Composition',
        rows: [
          { parent: 'SYS', child: 'PMP', quantity: '1' },
          { parent: 'PMP', child: 'AS', quantity: '1' },
          { parent: 'AS', child: 'SYS', quantity: '1' },
          { parent: 'AS', child: 'AS', quantity: '1' },
        ],
      },
    ];
    const plan = planImport(parsed(sheets), none, [{ parentRef: 'id:x', childRef: 'id:y' }]);
    expect(plan.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, 'child', 'This row would make the composition go round in a circle: AS -> SYS -> PMP -> AS'],
      [5, 'child', 'This row would make the composition go round in a circle: AS -> AS'],
    ]);
    expect(plan.compositions.create).toHaveLength(2);

    const throughOther = planImport(parsed([file[0]!, { name: 'Samenstelling', rows: [{ ouder: 'SYS', kind: 'PMP', aantal: '1' }] }]), none, [
      { parentRef: 'PMP', childRef: 'id:theirs' },
      { parentRef: 'id:theirs', childRef: 'SYS' },
    ]);
    expect(throughOther.errors.map((e) => e.message)).toEqual(['This row would make the composition go round in a circle: SYS -> PMP -> id:theirs -> SYS']);
  });

  it('does not report an edge already stored as closing a cycle', () => {
    const data = parsed();
    expect(planImport(data, apply(data)).errors).toEqual([]);
  });

  it('reports shares over 100% together with the stored links the file leaves alone', () => {
    const stored: ExistingChainData = {
      ...none,
      supplyLinks: [
        { ref: 'L0', itemRef: 'PMP', supplierName: 'Oud', country: 'NL', share: 0.3, tier: null, leadTimeWeeks: null, stockMonths: null, singleSource: false, visibility: 'OWNER', sharedWith: [] },
        { ref: 'L1', itemRef: 'PMP', supplierName: 'Oud', country: 'NL', share: 0.9, tier: null, leadTimeWeeks: null, stockMonths: null, singleSource: false, visibility: 'OWNER', sharedWith: [] },
      ],
    };
    const plan = planImport(parsed(), stored);
    expect(plan.errors.map((e) => [e.row, e.code, e.params])).toEqual([[3, 'SHARE_TOTAL', { item: 'PMP', total: '130%' }]]);
  });

  it('is deterministic', () => {
    const data = parsed();
    expect(planImport(data, none)).toEqual(planImport(data, none));
  });
});
