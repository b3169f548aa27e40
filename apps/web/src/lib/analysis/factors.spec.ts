import { describe, expect, it } from 'vitest';
import type { Dependency, DependencyFactor } from '$lib/api/types';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n';
import { describeFactor, factorRows, hhiBand, pathText, pointsTotal, targetLabel, unitKey, type Wording } from './factors';

const dutch: Wording = { locale: 'nl', t: (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params) };
const english: Wording = { locale: 'en', t: (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params) };

const TMGA = { id: 'i-tmga', name: 'Trimethylgallium-precursor (6N)' };
const MMIC = { id: 'i-mmic', name: 'GaN-op-SiC MMIC-vermogensversterker' };
const GA = { id: 'm-ga', symbol: 'Ga', chemicalSymbol: 'Ga', name: 'Gallium', nameNl: 'Gallium' };

function factor(key: DependencyFactor['key'], raw: number | null, weight: number, effectiveWeight: number, source: Partial<NonNullable<DependencyFactor['source']>> | null = null): DependencyFactor {
	const available = raw !== null;
	return {
		key,
		available,
		raw,
		normalized: raw === null ? null : Math.min(1, raw),
		weight,
		effectiveWeight,
		contribution: raw === null ? 0 : 100 * effectiveWeight * Math.min(1, raw),
		source: source && { country: null, stage: null, supplyLinkId: null, item: null, material: null, ...source },
	};
}

// The frigate's gallium, as the Defence ministry sees it (shape of the API's answer, figures rounded).
const gallium: Dependency = {
	key: 'p-lcf|MATERIAL|m-ga',
	kind: 'MATERIAL',
	rank: 6,
	platform: { id: 'p-lcf', name: 'Luchtverdedigings- en commandofregat (LCF-vervanger)' },
	target: { id: 'm-ga', kind: 'MATERIAL', name: 'Gallium', symbol: 'Ga', material: GA },
	score: {
		value: 0,
		coverage: 1,
		factors: [
			factor('CONCENTRATION', 0.8791, 0.3, 0.3, { stage: 'PROCESSING', material: GA }),
			factor('SINGLE_SOURCE', 1, 0.25, 0.25, { item: TMGA }),
			factor('STOCK_COVERAGE', 0.62, 0.2, 0.2, { item: MMIC, supplyLinkId: 'l-1' }),
			factor('EXPORT_RESTRICTION', 0.937, 0.15, 0.15, { country: 'CN', stage: 'PROCESSING', material: GA }),
			factor('SUPPLY_RISK', 0.71, 0.1, 0.1, { stage: 'PROCESSING', material: GA }),
		],
	},
	weakestLink: { kind: 'HIGH_CONCENTRATION', value: 0.8791, contribution: 26.4 },
	weakLinks: [
		{ kind: 'HIGH_CONCENTRATION', contribution: 26.4 },
		{ kind: 'SINGLE_SOURCE', contribution: 25 },
		{ kind: 'EXPORT_RESTRICTION', contribution: 14.1 },
	],
	quantity: { value: 0.03, unit: 'kg', complete: true },
	itemCount: 1,
	pathCount: 3,
	paths: [{ quantity: 0.01, items: [{ id: 'p-lcf', name: 'LCF' }, { id: 'i-aesa', name: 'AESA-radar' }, TMGA] }],
};
gallium.score.value = pointsTotal(gallium.score.factors);

describe('hhiBand', () => {
	it.each([
		[0.1, 'UNCONCENTRATED'],
		[0.1499, 'UNCONCENTRATED'],
		[0.15, 'MODERATE'],
		[0.25, 'MODERATE'],
		[0.2501, 'HIGH'],
		[0.88, 'HIGH'],
	])('puts %s in the band %s', (hhi, band) => {
		expect(hhiBand(hhi)).toBe(band);
	});
});

describe('the factors of a material dependency in words', () => {
	it('words each factor with what it comes from', () => {
		const words = factorRows(gallium, dutch).map((row) => row.statement);
		expect(words).toEqual([
			'HHI 0,88 (hoog) van het wereldwijde aanbod (verwerking)',
			'100% van de hoeveelheid via een enkelvoudig geleverd onderdeel: Trimethylgallium-precursor (6N)',
			'Blootstelling 62%: levertijd niet gedekt door voorraad (grootste tekort: GaN-op-SiC MMIC-vermogensversterker)',
			'93,7% van het aanbod uit landen met exportbeperking (CN)',
			'Berekend leveringsrisico 0,71 (71% van het maximum van de schaal)',
		]);
	});

	it('says so in English too', () => {
		const [, , , restriction] = factorRows(gallium, english);
		expect(restriction.statement).toBe('93.7% of supply from countries restricting exports (CN)');
	});

	it('marks the weakest link and the other weak links', () => {
		const rows = factorRows(gallium, dutch);
		expect(rows.map((row) => [row.factor.key, row.weakest, row.weak])).toEqual([
			['CONCENTRATION', true, true],
			['SINGLE_SOURCE', false, true],
			['STOCK_COVERAGE', false, false],
			['EXPORT_RESTRICTION', false, true],
			['SUPPLY_RISK', false, false],
		]);
	});

	it('adds the points up to the score', () => {
		expect(pointsTotal(gallium.score.factors)).toBeCloseTo(26.373 + 25 + 12.4 + 14.055 + 7.1, 6);
	});

	it('says plainly when nothing is single-sourced, stocked short or restricted, and gives no words for a factor without data', () => {
		const calm: Dependency = {
			...gallium,
			score: {
				...gallium.score,
				factors: [
					factor('CONCENTRATION', 0.12, 0.3, 0.3333, { stage: 'EXTRACTION' }),
					factor('SINGLE_SOURCE', 0, 0.25, 0.2778),
					factor('STOCK_COVERAGE', 0, 0.2, 0.2222, { item: MMIC }),
					factor('EXPORT_RESTRICTION', 0, 0.15, 0.1667),
					factor('SUPPLY_RISK', null, 0.1, 0),
				],
			},
			weakestLink: null,
			weakLinks: [],
		};
		expect(factorRows(calm, dutch).map((row) => row.statement)).toEqual([
			'HHI 0,12 (laag) van het wereldwijde aanbod (winning)',
			'Geen enkelvoudig geleverd onderdeel op de weg naar het platform',
			'Volledig gedekt door voorraad gedurende de levertijd',
			'Geen exportbeperking van kracht in de landen van herkomst',
			null,
		]);
		expect(factorRows(calm, dutch).some((row) => row.weak || row.weakest)).toBe(false);
	});

	it('names several restricting countries', () => {
		const restriction = factor('EXPORT_RESTRICTION', 0.4, 0.15, 0.15, { country: 'CN,ID' });
		expect(describeFactor(restriction, gallium, dutch)).toBe('40% van het aanbod uit landen met exportbeperking (CN, ID)');
	});
});

describe('the factors of a country and an item dependency in words', () => {
	const china: Pick<Dependency, 'kind' | 'target'> = { kind: 'COUNTRY', target: { id: 'CN', kind: 'COUNTRY', name: 'China', symbol: null, material: null } };
	const sonar: Pick<Dependency, 'kind' | 'target'> = { kind: 'ITEM', target: { id: 'i-sonar', kind: 'ITEM', name: 'Sleepsonar', symbol: null, material: null } };
	const DY = { id: 'm-dy', symbol: 'Dy', chemicalSymbol: 'Dy', name: 'Dysprosium', nameNl: 'Dysprosium' };

	it('words a country’s share of an item, its share of a restricted material and its governance', () => {
		expect(describeFactor(factor('CONCENTRATION', 1, 0.3, 0.333, { country: 'CN', item: { id: 'i-mg', name: 'Magnesiummetaal' } }), china, dutch)).toBe(
			'100% van de levering van Magnesiummetaal komt uit China',
		);
		expect(describeFactor(factor('EXPORT_RESTRICTION', 0.9, 0.15, 0.167, { country: 'CN', material: DY }), china, dutch)).toBe(
			'China levert 90% van Dysprosium (Dy) en beperkt de export daarvan',
		);
		expect(describeFactor(factor('EXPORT_RESTRICTION', 0, 0.15, 0.167), china, dutch)).toBe('Geen exportbeperking van dit land op grondstoffen van dit platform');
		expect(describeFactor(factor('SUPPLY_RISK', 6.5, 0.1, 0.1), china, dutch)).toBe('Bestuursindex 6,5 van 10');
	});

	it('words an item’s supplier concentration and the riskiest material below it', () => {
		expect(describeFactor(factor('CONCENTRATION', 0.2, 0.3, 0.3, { item: { id: 'i-sonar', name: 'Sleepsonar' } }), sonar, dutch)).toBe(
			'HHI 0,2 (matig) over de landen van de leveranciers',
		);
		expect(describeFactor(factor('SUPPLY_RISK', 0.99, 0.1, 0.1, { material: DY }), sonar, dutch)).toBe(
			'Berekend leveringsrisico 0,99 van Dysprosium (Dy), de riskantste grondstof in of onder dit onderdeel',
		);
		expect(describeFactor(factor('EXPORT_RESTRICTION', 1, 0.15, 0.15, { material: DY }), sonar, dutch)).toBe(
			'100% van het aanbod van Dysprosium (Dy) (in of onder dit onderdeel) uit landen met exportbeperking',
		);
	});
});

describe('labels', () => {
	it('names the target by kind', () => {
		expect(targetLabel(gallium, 'nl')).toBe('Gallium (Ga)');
		expect(targetLabel({ kind: 'COUNTRY', target: { id: 'CN', kind: 'COUNTRY', name: 'China', symbol: null } }, 'nl')).toBe('China (CN)');
		expect(targetLabel({ kind: 'ITEM', target: { id: 'i', kind: 'ITEM', name: 'Sleepsonar', symbol: null } }, 'nl')).toBe('Sleepsonar');
		const tungsten = { id: 'm-w', symbol: 'W', chemicalSymbol: 'W', name: 'Tungsten', nameNl: 'Wolfraam' };
		const w = { kind: 'MATERIAL' as const, target: { id: 'm-w', kind: 'MATERIAL' as const, name: 'Tungsten', symbol: 'W', material: tungsten } };
		expect(targetLabel(w, 'nl')).toBe('Wolfraam (W)');
		expect(targetLabel(w, 'en')).toBe('Tungsten (W)');
		const graphite = { id: 'm-c', symbol: 'GRAPHITE', chemicalSymbol: null, name: 'Natural graphite', nameNl: 'Natuurlijk grafiet' };
		expect(targetLabel({ kind: 'MATERIAL', target: { id: 'm-c', kind: 'MATERIAL', name: 'Natural graphite', symbol: 'GRAPHITE', material: graphite } }, 'nl')).toBe(
			'Natuurlijk grafiet',
		);
	});

	it('writes paths from the platform down and knows the units', () => {
		expect(pathText(gallium.paths[0])).toBe('LCF → AESA-radar → Trimethylgallium-precursor (6N)');
		expect(unitKey('kg')).toBe('unit.kg');
		expect(unitKey('item-units')).toBe('analysis.unit.itemUnits');
		expect(unitKey('furlong')).toBeNull();
	});
});
