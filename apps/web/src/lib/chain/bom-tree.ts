import type { ItemKind } from '$lib/api/types';
import type { LabelledMaterial } from '$lib/materials/names';

/** What a node of the tree shows: the item, its own materials, and the countries it is supplied from. */
export interface TreeItem {
	id: string;
	name: string;
	kind: ItemKind;
	materials: readonly { material: LabelledMaterial }[];
	supplyLinks: readonly { id: string; country: string | null }[];
}

/** One line of `Item.explosion`: a path from the exploded item down to `item`. */
export interface ExplosionLine {
	depth: number;
	path: readonly string[];
	/** Units in one unit of the exploded item, along this path. */
	quantity: number;
	unit: string;
	item: TreeItem;
}

export interface BomNode {
	/** The item ids from the root down to this node, joined by "/": unique per path. */
	key: string;
	item: TreeItem;
	/** 0 for the root. */
	depth: number;
	/** Units in one unit of the parent; null for the root. */
	quantity: number | null;
	/** Units in one unit of the root, along this path; 1 for the root. */
	totalQuantity: number;
	unit: string | null;
	children: BomNode[];
}

const KIND_ORDER: Record<ItemKind, number> = { PLATFORM: 0, SYSTEM: 1, COMPONENT: 2, SEMI_FINISHED: 3, MATERIAL_FORM: 4 };

/**
 * The bill of materials as a tree, one node per path (an item used in two places shows in both).
 * The explosion's quantities are per unit of the root; the tree also shows them per unit of the parent.
 */
export function buildBomTree(root: TreeItem, lines: readonly ExplosionLine[], locale = 'nl'): BomNode {
	const top: BomNode = { key: root.id, item: root, depth: 0, quantity: null, totalQuantity: 1, unit: null, children: [] };
	const byKey = new Map<string, BomNode>([[top.key, top]]);
	for (const line of [...lines].sort((a, b) => a.depth - b.depth)) {
		const parent = byKey.get(line.path.slice(0, -1).join('/'));
		if (!parent) continue; // a path through something the viewer may not see
		const node: BomNode = {
			key: line.path.join('/'),
			item: line.item,
			depth: parent.depth + 1,
			quantity: parent.totalQuantity === 0 ? line.quantity : roundQuantity(line.quantity / parent.totalQuantity),
			totalQuantity: line.quantity,
			unit: line.unit,
			children: [],
		};
		parent.children.push(node);
		byKey.set(node.key, node);
	}
	const collator = new Intl.Collator(locale);
	const sort = (node: BomNode) => {
		node.children.sort((a, b) => KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || collator.compare(a.item.name, b.item.name));
		node.children.forEach(sort);
	};
	sort(top);
	return top;
}

/** Division undoes the API's multiplication; 12 significant digits hide the floating-point residue. */
function roundQuantity(value: number): number {
	return Number(value.toPrecision(12));
}

/** Every node of the tree, depth first. */
export function* walk(node: BomNode): Generator<BomNode> {
	yield node;
	for (const child of node.children) yield* walk(child);
}

/** The keys of every node that has children (what "expand all" opens). */
export function branchKeys(root: BomNode): Set<string> {
	const keys = new Set<string>();
	for (const node of walk(root)) if (node.children.length > 0) keys.add(node.key);
	return keys;
}

/** The keys of a node's ancestors, root first (not the node itself). */
export function ancestorKeys(key: string): string[] {
	const ids = key.split('/');
	return ids.slice(0, -1).map((_, i) => ids.slice(0, i + 1).join('/'));
}

export interface TreeFilter {
	/** Part of a material's name, or its symbol. */
	material: string;
	/** A country code or part of its name. */
	country: string;
}

export interface FilterResult {
	/** Nodes that match. */
	hits: Set<string>;
	/** Hits and their ancestors: what stays in the tree. */
	visible: Set<string>;
	/** Ancestors of hits: what must be open to show them. */
	expand: Set<string>;
}

/** Does one of the item's own materials match the text, in Dutch or English? Short texts are read as symbols or name starts. */
export function materialMatches(item: TreeItem, text: string): boolean {
	const needle = text.trim().toLowerCase();
	if (!needle) return true;
	return item.materials.some(({ material }) => {
		const codes = [material.symbol, material.chemicalSymbol].filter((code): code is string => !!code).map((code) => code.toLowerCase());
		const names = [material.name, material.nameNl].filter((name): name is string => !!name).map((name) => name.toLowerCase());
		return codes.includes(needle) || names.some((name) => name.startsWith(needle) || (needle.length >= 4 && name.includes(needle)));
	});
}

/**
 * Which nodes match the filter: a node is a hit when it matches one of the active filters itself and
 * each active filter is matched by it or by a node above it (so "Nd" + "China" finds the
 * neodymium below a part bought in China). Null when no filter is active.
 */
export function filterTree(
	root: BomNode,
	filter: TreeFilter,
	countryMatches: (code: string | null, text: string) => boolean,
): FilterResult | null {
	const byMaterial = filter.material.trim() !== '';
	const byCountry = filter.country.trim() !== '';
	if (!byMaterial && !byCountry) return null;
	const own = (node: BomNode) => ({
		material: byMaterial && materialMatches(node.item, filter.material),
		country: byCountry && node.item.supplyLinks.some((link) => countryMatches(link.country, filter.country)),
	});
	const result: FilterResult = { hits: new Set(), visible: new Set(), expand: new Set() };
	const visit = (node: BomNode, above: { material: boolean; country: boolean }) => {
		const mine = own(node);
		const onPath = { material: above.material || mine.material, country: above.country || mine.country };
		const hit = (mine.material || mine.country) && (!byMaterial || onPath.material) && (!byCountry || onPath.country);
		if (hit) {
			result.hits.add(node.key);
			result.visible.add(node.key);
			for (const key of ancestorKeys(node.key)) {
				result.visible.add(key);
				result.expand.add(key);
			}
		}
		for (const child of node.children) visit(child, onPath);
	};
	visit(root, { material: false, country: false });
	return result;
}
