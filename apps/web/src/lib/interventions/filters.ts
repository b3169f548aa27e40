import { materialLabel, type LabelledMaterial } from '$lib/materials/names';

/**
 * The interventions page's filters live in the address (`?soort=…&eigenaar=…`), so a filtered view
 * can be shared and survives a reload. Type, owner, material and risk go to the API
 * (`InterventionFilter`); the platform is read from the linked risks' dependency keys here, as the
 * API has no platform filter. Pure.
 */

export interface InterventionFilters<T extends string = string> {
	type: T | null;
	ownerOrgId: string | null;
	materialId: string | null;
	riskId: string | null;
	platformId: string | null;
}

/** Query parameter names (Dutch, as the rest of the address). */
export const FILTER_PARAMS: Record<keyof InterventionFilters, string> = {
	type: 'soort',
	ownerOrgId: 'eigenaar',
	materialId: 'grondstof',
	riskId: 'risico',
	platformId: 'platform',
};

const FILTER_KEYS = Object.keys(FILTER_PARAMS) as (keyof InterventionFilters)[];

export function emptyFilters(): InterventionFilters {
	return { type: null, ownerOrgId: null, materialId: null, riskId: null, platformId: null };
}

/** The filters in `params`; blanks and a type that is not one of `types` count as not set. */
export function readFilters<T extends string>(params: URLSearchParams, types: readonly T[]): InterventionFilters<T> {
	const value = (key: keyof InterventionFilters) => params.get(FILTER_PARAMS[key])?.trim() || null;
	const type = value('type');
	return {
		type: type && (types as readonly string[]).includes(type) ? (type as T) : null,
		ownerOrgId: value('ownerOrgId'),
		materialId: value('materialId'),
		riskId: value('riskId'),
		platformId: value('platformId'),
	};
}

/** Writes the filters into `params` (set ones added, cleared ones removed, the rest kept) and returns it. */
export function writeFilters(params: URLSearchParams, filters: InterventionFilters<string>): URLSearchParams {
	for (const key of FILTER_KEYS) {
		const value = filters[key];
		if (value) params.set(FILTER_PARAMS[key], value);
		else params.delete(FILTER_PARAMS[key]);
	}
	return params;
}

export function activeFilterCount(filters: InterventionFilters<string>): number {
	return FILTER_KEYS.filter((key) => filters[key]).length;
}

/** What the API filters on; undefined when nothing is set (all interventions). */
export function apiFilter<T extends string>(
	filters: InterventionFilters<T>,
): { types?: T[]; ownerOrgId?: string; materialId?: string; riskId?: string } | undefined {
	const filter = {
		...(filters.type ? { types: [filters.type] } : {}),
		...(filters.ownerOrgId ? { ownerOrgId: filters.ownerOrgId } : {}),
		...(filters.materialId ? { materialId: filters.materialId } : {}),
		...(filters.riskId ? { riskId: filters.riskId } : {}),
	};
	return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The platform a dependency key names (`platformId|kind|target`); null for anything else. */
export function platformOfKey(key: string | null | undefined): string | null {
	const parts = (key ?? '').split('|');
	return parts.length === 3 && parts[0] ? parts[0] : null;
}

/** Does the intervention address a risk of that platform? Always true without a platform filter. */
export function onPlatform(intervention: { risks: readonly { dependencyKey: string | null }[] }, platformId: string | null): boolean {
	return !platformId || intervention.risks.some((risk) => platformOfKey(risk.dependencyKey) === platformId);
}

/**
 * The platforms to filter by: those named by the roadmap's risks that come from a dependency, with
 * the name their evidence recorded, sorted by name.
 */
export function platformOptions(
	risks: readonly { dependencyKey: string | null; evidence: { platformName: string } | null }[],
	locale: string,
): { id: string; name: string }[] {
	const byId = new Map<string, string>();
	for (const risk of risks) {
		const id = platformOfKey(risk.dependencyKey);
		if (!id) continue;
		const name = risk.evidence?.platformName;
		if (name || !byId.has(id)) byId.set(id, name ?? byId.get(id) ?? '');
	}
	const collator = new Intl.Collator(locale);
	return [...byId]
		.filter(([, name]) => name)
		.map(([id, name]) => ({ id, name }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** The materials to filter by: the ones the roadmap's risks are about, once each, by name in the reader's language. */
export function materialOptions(
	risks: readonly { material: ({ id: string } & LabelledMaterial) | null }[],
	locale: string,
): { id: string; name: string }[] {
	const byId = new Map<string, string>();
	for (const risk of risks) if (risk.material) byId.set(risk.material.id, materialLabel(risk.material, locale));
	const collator = new Intl.Collator(locale);
	return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}
