import { availableParallelism } from 'node:os';
import { bench, describe } from 'vitest';
import { parseImport, type ImportSheetInput } from './parse';
import { planImport, type ExistingChainData } from './plan';

// Run: npx vitest bench --run --project domain libs/domain/src/imports
// A company file of 2,000 items, 3,000 composition lines, 2,000 item materials and 10,000 supply links,
// planned against stored data holding half of it (so create, update and unchanged all occur).
const ITEMS = 2_000;
const LINKS = 10_000;
const COUNTRIES = ['NL', 'Duitsland', 'China', 'US', 'Frankrijk', 'Japan', 'BE', 'Zuid-Korea'];
const catalogue = { materials: Array.from({ length: 60 }, (_, i) => ({ id: `mat-${i}`, symbol: `M${i}`, name: `Material ${i}` })) };

const sheets: ImportSheetInput[] = [
  {
    name: 'Onderdelen',
    rows: Array.from({ length: ITEMS }, (_, i) => ({
      referentie: `IT-${i}`,
      naam: `Onderdeel ${i}`,
      soort: i < 10 ? 'Platform' : i < 200 ? 'Systeem' : 'Component',
      omschrijving: '',
      zichtbaarheid: i % 3 === 0 ? 'Overheid' : 'Alleen eigen organisatie',
      'gedeeld met': i % 7 === 0 ? 'TNO; Damen' : '',
    })),
  },
  {
    // Parents always have a lower number than their children, so the file has no cycle.
    name: 'Samenstelling',
    rows: Array.from({ length: 3_000 }, (_, i) => {
      const child = 10 + (i % (ITEMS - 10));
      const parent = i < ITEMS - 10 ? (i * 7919) % (child - 1) : child - 1;
      return { ouder: `IT-${parent}`, kind: `IT-${child}`, aantal: String(1 + (i % 4)), eenheid: '' };
    }),
  },
  {
    name: 'Materialen',
    rows: Array.from({ length: ITEMS }, (_, i) => ({ onderdeel: `IT-${i}`, grondstof: `M${i % 60}`, 'kg per stuk': `${i % 9},${i % 10}` })),
  },
  {
    name: 'Leveranciers',
    rows: Array.from({ length: LINKS }, (_, i) => ({
      referentie: `L-${i}`,
      onderdeel: `IT-${i % ITEMS}`,
      leverancier: `Leverancier ${i % 800}`,
      land: COUNTRIES[i % COUNTRIES.length]!,
      'aandeel %': '19,5',
      tier: String(1 + (i % 4)),
      'levertijd weken': String(4 + (i % 20)),
      'voorraad maanden': `${i % 6},5`,
      'enige bron': i % 11 === 0 ? 'ja' : 'nee',
      zichtbaarheid: 'Overheid',
      'gedeeld met': '',
    })),
  },
];

const first = parseImport(sheets, { catalogue });
if (first.errors.length > 0) throw new Error(`bench file has errors: ${JSON.stringify(first.errors.slice(0, 3))}`);
const strip = <T extends { sheet: string; row: number }>({ sheet: _s, row: _r, ...rest }: T) => rest;
const half = <T>(rows: T[]) => rows.filter((_, i) => i % 2 === 0);
const existing: ExistingChainData = {
  items: half(first.data.items).map(strip),
  compositions: half(first.data.compositions).map(strip),
  itemMaterials: half(first.data.itemMaterials).map(strip),
  supplyLinks: half(first.data.supplyLinks).map((l, i) => ({ ...strip(l), tier: i % 5 === 0 ? 9 : l.tier })),
};

const started = performance.now();
const plan = planImport(parseImport(sheets, { catalogue }).data, existing);
const ms = performance.now() - started;
console.log(
  `import of ${LINKS} supply links (+ ${ITEMS} items, 3000 composition lines, ${ITEMS} item materials): ` +
    `parse + plan ${ms.toFixed(0)} ms on ${availableParallelism()} cores; supply links create/update/unchanged ` +
    `${plan.supplyLinks.create.length}/${plan.supplyLinks.update.length}/${plan.supplyLinks.unchanged.length}, errors ${plan.errors.length}`,
);

describe(`chain-data import, ${LINKS} supply-link rows`, () => {
  bench('parseImport', () => {
    parseImport(sheets, { catalogue });
  });
  bench('parseImport + planImport against half of it stored', () => {
    planImport(parseImport(sheets, { catalogue }).data, existing);
  });
});
