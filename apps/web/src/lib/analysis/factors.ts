import type { Dependency, DependencyFactor, ScoreFactorKey, WeakLinkKind } from '$lib/api/types';
import { countryName, formatNumber, formatShare } from '$lib/format/format';
import type { MessageKey, MessageParams } from '$lib/i18n';
import { materialLabel, type LabelledMaterial } from '$lib/materials/names';

/** The lookup of the reader's language (`I18n.t`), passed in so the wording stays testable. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface Wording {
	t: Translate;
	locale: string;
}

export type HhiBand = 'UNCONCENTRATED' | 'MODERATE' | 'HIGH';

/** HHI bands of the Dutch government letter (docs/analysis.md §1): below 0.15, up to 0.25, above. */
export function hhiBand(hhi: number): HhiBand {
	if (hhi < 0.15) return 'UNCONCENTRATED';
	return hhi <= 0.25 ? 'MODERATE' : 'HIGH';
}

/** The factor a weak link comes from. */
export const WEAK_LINK_FACTOR: Readonly<Record<WeakLinkKind, ScoreFactorKey>> = {
	HIGH_CONCENTRATION: 'CONCENTRATION',
	SINGLE_SOURCE: 'SINGLE_SOURCE',
	STOCK_BELOW_LEAD_TIME: 'STOCK_COVERAGE',
	EXPORT_RESTRICTION: 'EXPORT_RESTRICTION',
};

/** One line of the score table. */
export interface FactorRow {
	factor: DependencyFactor;
	/** The factor behind the dependency's weakest link. */
	weakest: boolean;
	/** The factor is one of the dependency's weak links (the weakest included). */
	weak: boolean;
	/** The value in words, or null when the factor has no data. */
	statement: string | null;
}

/** The score's factors in the API's order, worded, with the weak links marked. */
export function factorRows(dependency: Dependency, wording: Wording): FactorRow[] {
	const weakest = dependency.weakestLink ? WEAK_LINK_FACTOR[dependency.weakestLink.kind] : null;
	const weak = new Set(dependency.weakLinks.map((link) => WEAK_LINK_FACTOR[link.kind]));
	return dependency.score.factors.map((factor) => ({
		factor,
		weakest: factor.key === weakest,
		weak: weak.has(factor.key) || factor.key === weakest,
		statement: factor.available ? describeFactor(factor, dependency, wording) : null,
	}));
}

/** The points of all factors together: the score (factors without data add 0). */
export function pointsTotal(factors: readonly Pick<DependencyFactor, 'contribution'>[]): number {
	return factors.reduce((sum, factor) => sum + factor.contribution, 0);
}

/**
 * A factor's value in words, as docs/analysis.md §3 defines it for each kind of dependency
 * (material, supplier country, single-sourced item), naming the item, material or countries it
 * comes from. Only for factors with data.
 */
export function describeFactor(factor: DependencyFactor, dependency: Pick<Dependency, 'kind' | 'target'>, { t, locale }: Wording): string {
	const raw = factor.raw ?? 0;
	const share = formatShare(raw, locale);
	const source = factor.source;
	const item = source?.item?.name ?? null;
	const material = source?.material ? materialLabel(source.material, locale) : null;
	const hhi = () => ({ hhi: formatNumber(raw, locale, 2), band: t(`analysis.band.${hhiBand(raw)}`) });
	const country = dependency.kind === 'COUNTRY' ? countryName(dependency.target.id, locale) : null;

	switch (factor.key) {
		case 'CONCENTRATION':
			if (dependency.kind === 'COUNTRY') {
				const name = country ?? (source?.country ? countryName(source.country, locale) : '');
				return item
					? t('analysis.value.concentration.country', { share, item, country: name })
					: t('analysis.value.concentration.countryNoItem', { share, country: name });
			}
			if (dependency.kind === 'ITEM') return t('analysis.value.concentration.item', hhi());
			return source?.stage
				? t('analysis.value.concentration.materialStage', { ...hhi(), stage: t(`analysis.stage.${source.stage}`) })
				: t('analysis.value.concentration.material', hhi());
		case 'SINGLE_SOURCE':
			if (raw <= 0) return t('analysis.value.singleSource.none');
			return item ? t('analysis.value.singleSource.share', { share, item }) : t('analysis.value.singleSource.shareNoItem', { share });
		case 'STOCK_COVERAGE':
			if (raw <= 0) return t('analysis.value.stock.none');
			return item ? t('analysis.value.stock.share', { share, item }) : t('analysis.value.stock.shareNoItem', { share });
		case 'EXPORT_RESTRICTION':
			if (dependency.kind === 'COUNTRY') {
				return raw > 0 && material
					? t('analysis.value.export.country', { country: country ?? '', share, material })
					: t('analysis.value.export.countryNone');
			}
			if (dependency.kind === 'ITEM') {
				return raw > 0 && material ? t('analysis.value.export.item', { share, material }) : t('analysis.value.export.itemNone');
			}
			return raw > 0 ? t('analysis.value.export.material', { share, countries: countryCodes(source?.country) }) : t('analysis.value.export.materialNone');
		case 'SUPPLY_RISK': {
			const value = formatNumber(raw, locale, 2);
			if (dependency.kind === 'COUNTRY') return t('analysis.value.supplyRisk.country', { value: formatNumber(raw, locale, 1) });
			if (dependency.kind === 'ITEM' && material) return t('analysis.value.supplyRisk.item', { value, material });
			if (dependency.kind === 'MATERIAL') {
				return t('analysis.value.supplyRisk.material', { value, share: formatShare(factor.normalized ?? 0, locale) });
			}
			return t('analysis.value.supplyRisk.other', { value });
		}
	}
}

/** The restricting countries of an export-restriction factor ("CN" or "CN,ID") as "CN" or "CN, ID". */
function countryCodes(list: string | null | undefined): string {
	return (list ?? '')
		.split(',')
		.map((code) => code.trim())
		.filter(Boolean)
		.join(', ');
}

/** What a dependency is on, for headings and buttons: "Gallium (Ga)", "China (CN)" or the item's name. */
export function targetLabel(
	dependency: Pick<Dependency, 'kind'> & { target: Omit<Dependency['target'], 'material'> & { material?: LabelledMaterial | null } },
	locale: string,
): string {
	const { target } = dependency;
	if (dependency.kind === 'MATERIAL' && target.material) return materialLabel(target.material, locale);
	if (dependency.kind === 'COUNTRY') return `${countryName(target.id, locale)} (${target.id})`;
	return target.name;
}

/** The quantity's unit in words: kg, pieces, metres, or item-units for countries; unknown units as they came. */
export function unitKey(unit: string): MessageKey | null {
	switch (unit) {
		case 'kg':
			return 'unit.kg';
		case 'pcs':
			return 'unit.pcs';
		case 'm':
			return 'unit.m';
		case 'item-units':
			return 'analysis.unit.itemUnits';
		default:
			return null;
	}
}

/** An example path as "platform → … → item". */
export function pathText(path: Dependency['paths'][number]): string {
	return path.items.map((item) => item.name).join(' → ');
}
