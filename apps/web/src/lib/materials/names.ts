/** What the web app reads of a material to name it. */
export interface NamedMaterial {
	name: string;
	nameNl: string | null;
}

/** The material's name in the reader's language: Dutch where the catalogue has it, else the English name. */
export function materialName(material: NamedMaterial, locale: string): string {
	return locale === 'nl' ? (material.nameNl ?? material.name) : material.name;
}

/** The figures of the EU assessment a factsheet shows. */
export interface KeyFigures {
	supplyRisk: number | null;
	economicImportance: number | null;
	importReliance: number | null;
	eolRecyclingRate: number | null;
	substitutionIndex: number | null;
}

const FIGURES: readonly (keyof KeyFigures)[] = ['supplyRisk', 'economicImportance', 'importReliance', 'eolRecyclingRate', 'substitutionIndex'];

/**
 * The key figures to show: the material's own, or, for an element of a listed group (Nd in LREE)
 * without any figure of its own, the group's, with the group's symbol to say so. The 2023 list assesses
 * the rare earths and the platinum group metals as groups only.
 */
export function keyFigures<G extends KeyFigures & { symbol: string }>(
	material: KeyFigures & { group: G | null },
): { figures: KeyFigures; fromGroup: string | null } {
	const own = Object.fromEntries(FIGURES.map((f) => [f, material[f]])) as unknown as KeyFigures;
	const hasOwn = FIGURES.some((f) => material[f] !== null);
	if (hasOwn || !material.group) return { figures: own, fromGroup: null };
	const group = material.group;
	return { figures: Object.fromEntries(FIGURES.map((f) => [f, group[f]])) as unknown as KeyFigures, fromGroup: group.symbol };
}
