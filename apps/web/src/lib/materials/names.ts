/** What the web app reads of a material to name it. */
export interface NamedMaterial {
	name: string;
	nameNl: string | null;
}

/** The material's name in the reader's language: Dutch where the catalogue has it, else the English name. */
export function materialName(material: NamedMaterial, locale: string): string {
	return locale === 'nl' ? (material.nameNl ?? material.name) : material.name;
}

/** What the web app reads of a material to label it in lists, charts and forms. */
export interface LabelledMaterial extends NamedMaterial {
	/** The catalogue key (W, LREE, GRAPHITE): for addresses, not for reading. */
	symbol: string;
	chemicalSymbol: string | null;
}

/**
 * The EU list's abbreviations of the groups it assesses as one (their members carry chemical
 * symbols). The API's exports follow the same rule (`materialCodeOf` in libs/domain), which the web
 * app does not import: it would bring the catalogue's tables into the bundle.
 */
const GROUP_CODES: ReadonlySet<string> = new Set(['LREE', 'HREE', 'PGM']);

/**
 * The short code a reader knows the material by: its chemical symbol (W, Ga), a group's
 * abbreviation (LREE), or none for a material that is no element (baryte, natural graphite), whose
 * catalogue key (BARYTE, GRAPHITE) is no symbol.
 */
export function materialCode(material: Pick<LabelledMaterial, 'symbol' | 'chemicalSymbol'>): string | null {
	return material.chemicalSymbol ?? (GROUP_CODES.has(material.symbol) ? material.symbol : null);
}

/** "Wolfraam (W)", "Lichte zeldzame aardmetalen (LREE)", "Natuurlijk grafiet": the name in the reader's language with its code. */
export function materialLabel(material: LabelledMaterial, locale: string): string {
	const name = materialName(material, locale);
	const code = materialCode(material);
	return code && code.toLowerCase() !== name.toLowerCase() ? `${name} (${code})` : name;
}

/** Where room is short (a chart's axis): the code, or the name of a material that has none. */
export function materialShortLabel(material: LabelledMaterial, locale: string): string {
	return materialCode(material) ?? materialName(material, locale);
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
