import { describe, expect, it } from 'vitest';
import { countryMatches } from '$lib/format/format';
import { ancestorKeys, branchKeys, buildBomTree, filterTree, materialMatches, walk, type ExplosionLine, type TreeItem } from './bom-tree';

// A platform with two systems sharing one component, which holds a magnet material:
//   P ─2 pcs→ S ─3 pcs→ C ─0.5 kg→ M (Nd)
//   P ─1 pcs→ T ─4 pcs→ C
// C is bought in China; T in Germany.
const item = (id: string, kind: TreeItem['kind'], extra: Partial<TreeItem> = {}): TreeItem => ({
	id,
	name: `Item ${id}`,
	kind,
	materials: [],
	supplyLinks: [],
	...extra,
});
const P = item('P', 'PLATFORM');
const S = item('S', 'SYSTEM', { name: 'Sonar' });
const T = item('T', 'SYSTEM', { name: 'Radar', supplyLinks: [{ id: 'l2', country: 'DE' }] });
const C = item('C', 'COMPONENT', { supplyLinks: [{ id: 'l1', country: 'CN' }] });
const M = item('M', 'MATERIAL_FORM', { materials: [{ material: { symbol: 'Nd', chemicalSymbol: 'Nd', name: 'Neodymium', nameNl: 'Neodymium' } }] });

const line = (path: string[], quantity: number, unit: string, it: TreeItem): ExplosionLine => ({ depth: path.length - 1, path, quantity, unit, item: it });
// In the order the API may send them (by path of uuids, i.e. any order between siblings).
const LINES: ExplosionLine[] = [
	line(['P', 'T', 'C', 'M'], 2, 'kg', M),
	line(['P', 'S'], 2, 'pcs', S),
	line(['P', 'S', 'C'], 6, 'pcs', C),
	line(['P', 'S', 'C', 'M'], 3, 'kg', M),
	line(['P', 'T'], 1, 'pcs', T),
	line(['P', 'T', 'C'], 4, 'pcs', C),
];

const inChinese = (code: string | null, text: string) => countryMatches(code, text, 'en');

describe('buildBomTree', () => {
	const root = buildBomTree(P, LINES, 'nl');

	it('puts every path under its parent, a shared part once per path', () => {
		expect(root.key).toBe('P');
		expect(root.children.map((n) => n.key)).toEqual(['P/T', 'P/S']); // Radar before Sonar
		expect([...walk(root)].map((n) => n.key)).toEqual(['P', 'P/T', 'P/T/C', 'P/T/C/M', 'P/S', 'P/S/C', 'P/S/C/M']);
		expect([...walk(root)].filter((n) => n.item.id === 'C')).toHaveLength(2);
	});

	it('shows quantities per unit of the parent, and keeps the total per platform', () => {
		const c = root.children[1].children[0];
		expect(c.key).toBe('P/S/C');
		expect(c.quantity).toBe(3);
		expect(c.totalQuantity).toBe(6);
		expect(c.children[0].quantity).toBe(0.5);
		expect(c.children[0].unit).toBe('kg');
		expect(root.quantity).toBeNull();
		expect(root.depth).toBe(0);
		expect(c.children[0].depth).toBe(3);
	});

	it('leaves out a path whose parent the viewer may not see', () => {
		const tree = buildBomTree(P, [line(['P', 'X', 'C'], 4, 'pcs', C), line(['P', 'S'], 2, 'pcs', S)]);
		expect([...walk(tree)].map((n) => n.key)).toEqual(['P', 'P/S']);
	});

	it('sorts siblings by level of the bill of materials, then by name', () => {
		const tree = buildBomTree(P, [
			line(['P', 'm'], 1, 'kg', item('m', 'MATERIAL_FORM', { name: 'A raw' })),
			line(['P', 'c'], 1, 'pcs', item('c', 'COMPONENT', { name: 'B part' })),
			line(['P', 's2'], 1, 'pcs', item('s2', 'SYSTEM', { name: 'Z system' })),
			line(['P', 's1'], 1, 'pcs', item('s1', 'SYSTEM', { name: 'Y system' })),
		]);
		expect(tree.children.map((n) => n.item.name)).toEqual(['Y system', 'Z system', 'B part', 'A raw']);
	});

	it('knows which nodes can be opened, and the way down to a node', () => {
		expect([...branchKeys(root)].sort()).toEqual(['P', 'P/S', 'P/S/C', 'P/T', 'P/T/C']);
		expect(ancestorKeys('P/S/C/M')).toEqual(['P', 'P/S', 'P/S/C']);
		expect(ancestorKeys('P')).toEqual([]);
	});
});

describe('filterTree', () => {
	const root = buildBomTree(P, LINES);

	it('is off without filter text', () => {
		expect(filterTree(root, { material: '', country: '  ' }, inChinese)).toBeNull();
	});

	it('finds the parts holding a material, and opens the way to them', () => {
		const result = filterTree(root, { material: 'Nd', country: '' }, inChinese)!;
		expect([...result.hits].sort()).toEqual(['P/S/C/M', 'P/T/C/M']);
		expect([...result.expand].sort()).toEqual(['P', 'P/S', 'P/S/C', 'P/T', 'P/T/C']);
		expect(result.visible.has('P/S/C/M')).toBe(true);
	});

	it('finds the parts supplied from a country, by code or name', () => {
		expect([...filterTree(root, { material: '', country: 'CN' }, inChinese)!.hits].sort()).toEqual(['P/S/C', 'P/T/C']);
		expect([...filterTree(root, { material: '', country: 'germ' }, inChinese)!.hits]).toEqual(['P/T']);
	});

	it('with both, finds a material below a part from that country', () => {
		expect([...filterTree(root, { material: 'neodymium', country: 'china' }, inChinese)!.hits].sort()).toEqual(['P/S/C/M', 'P/T/C/M']);
		expect([...filterTree(root, { material: 'Nd', country: 'DE' }, inChinese)!.hits]).toEqual(['P/T/C/M']);
	});

	it('finds nothing when nothing matches', () => {
		const result = filterTree(root, { material: 'Ga', country: '' }, inChinese)!;
		expect(result.hits.size).toBe(0);
		expect(result.visible.size).toBe(0);
	});
});

describe('materialMatches', () => {
	const magnet = item('x', 'MATERIAL_FORM', {
		materials: [
			{ material: { symbol: 'Nd', chemicalSymbol: 'Nd', name: 'Neodymium', nameNl: 'Neodymium' } },
			{ material: { symbol: 'Dy', chemicalSymbol: 'Dy', name: 'Dysprosium', nameNl: 'Dysprosium' } },
			{ material: { symbol: 'W', chemicalSymbol: 'W', name: 'Tungsten', nameNl: 'Wolfraam' } },
			{ material: { symbol: 'GRAPHITE', chemicalSymbol: null, name: 'Natural graphite', nameNl: 'Natuurlijk grafiet' } },
		],
	});
	it('reads a short text as a symbol or the start of a name, a longer one as part of a name', () => {
		expect(materialMatches(magnet, 'nd')).toBe(true);
		expect(materialMatches(magnet, 'Dy')).toBe(true);
		expect(materialMatches(magnet, 'neo')).toBe(true);
		expect(materialMatches(magnet, 'y')).toBe(false);
		expect(materialMatches(magnet, 'prosium')).toBe(true);
		expect(materialMatches(magnet, 'Ga')).toBe(false);
	});

	it('finds a material by its Dutch name as well as its English one', () => {
		expect(materialMatches(magnet, 'wolfraam')).toBe(true);
		expect(materialMatches(magnet, 'tungsten')).toBe(true);
		expect(materialMatches(magnet, 'grafiet')).toBe(true);
		expect(materialMatches(magnet, 'koper')).toBe(false);
	});
});
