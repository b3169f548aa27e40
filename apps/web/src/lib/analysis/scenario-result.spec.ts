import { describe, expect, it } from 'vitest';
import type { ScenarioEventOutcome, ScenarioItemShortfall, ScenarioPlatformOutcome, ScenarioResult } from '$lib/api/types';
import { translate, type MessageKey, type MessageParams } from '$lib/i18n/catalogue';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import {
	availabilityPercent,
	causeLabels,
	coincidingLines,
	eventTargetLabel,
	formatMonth,
	resultSummary,
	resultSummaryText,
	sortPlatforms,
	sortShortItems,
	supplierCountries,
	timelineRows,
	timelineSeries,
} from './scenario-result';

const months = ['2027-01', '2027-02', '2027-03', '2027-04'];

const platform = (name: string, firstShortfall: string | null, availability: number[], id = `p-${name}`): ScenarioPlatformOutcome => ({
	platform: { id, name },
	firstShortfall,
	worstAvailability: Math.min(...availability),
	shortItemCount: availability.filter((a) => a < 1).length,
	timeline: availability.map((a, i) => ({ month: months[i]!, availability: a })),
});

const item = (name: string, shortfallFrom: string, worstShortfall: number, causes: string[] = ['1']): ScenarioItemShortfall => ({
	item: { id: `i-${name}`, name },
	supplyDropFrom: '2027-01',
	shortfallFrom,
	worstShortfall,
	monthsShort: 2,
	recoveredFrom: null,
	causes,
});

const event = (id: string, symbol: string | null, country: string | null, itemName: string | null = null): ScenarioEventOutcome => ({
	id,
	country,
	cutFraction: 0.5,
	sourceShare: 0.9,
	supplyLoss: 0.45,
	stage: symbol ? 'PROCESSING' : null,
	from: '2027-01',
	until: '2027-07',
	targetKind: symbol ? 'MATERIAL' : 'ITEM',
	material: symbol ? { id: `m-${symbol}`, symbol, chemicalSymbol: symbol, name: symbol, nameNl: symbol } : null,
	item: itemName ? { id: `i-${itemName}`, name: itemName } : null,
});

describe('the platforms’ timeline', () => {
	const result: Pick<ScenarioResult, 'months' | 'platforms'> = {
		months,
		platforms: [
			platform('Combat Support Ship', null, [1, 1, 1]),
			platform('ASW-fregat', '2027-03', [1, 1, 0.5314685, 0.75]),
			{ ...platform('x', '2027-02', [1, 0.2, 0.2, 0.2]), platform: null },
		],
	};

	it('gives one line per platform by name, availability in percent with one decimal, a missing month as 100%', () => {
		const series = timelineSeries(result, (n) => `Platform ${n}`);
		expect(series.months).toEqual(months);
		expect(series.lines).toEqual([
			{ platformId: 'p-ASW-fregat', name: 'ASW-fregat', values: [100, 100, 53.1, 75] },
			{ platformId: 'p-Combat Support Ship', name: 'Combat Support Ship', values: [100, 100, 100, 100] },
			{ platformId: 'platform-2', name: 'Platform 3', values: [100, 20, 20, 20] },
		]);
	});

	it('gives the same figures as table rows, one per month', () => {
		const rows = timelineRows(timelineSeries(result, (n) => `Platform ${n}`));
		expect(rows).toHaveLength(4);
		expect(rows[2]).toEqual({ month: '2027-03', values: [53.1, 100, 20] });
	});

	it('says which lines lie on top of each other', () => {
		const same = { months, lines: [
			{ platformId: 'a', name: 'A', values: [100, 50] },
			{ platformId: 'b', name: 'B', values: [100, 60] },
			{ platformId: 'c', name: 'C', values: [100, 50] },
		] };
		expect(coincidingLines(same)).toEqual([['A', 'C']]);
		expect(coincidingLines(timelineSeries(result))).toEqual([]);
	});

	it('keeps percentages within 0..100', () => {
		expect(availabilityPercent(1.0000001)).toBe(100);
		expect(availabilityPercent(-0.01)).toBe(0);
		expect(availabilityPercent(0.46853)).toBe(46.9);
	});

	it('lists the platforms that fall short first, earliest then deepest, never-short ones last', () => {
		const sorted = sortPlatforms(result.platforms);
		expect(sorted.map((p) => p.firstShortfall)).toEqual(['2027-02', '2027-03', null]);
	});

	it('sums up a result', () => {
		expect(resultSummary({ platforms: result.platforms, shortItemCount: 12 })).toEqual({ shortPlatforms: 2, platforms: 3, shortItems: 12 });
	});

	it('says the summary with each count’s noun in the right plural', () => {
		const dutch = (key: MessageKey, params?: MessageParams) => translate(nl, nl, key, params, 'nl');
		const english = (key: MessageKey, params?: MessageParams) => translate(en, nl, key, params, 'en');
		expect(resultSummaryText({ shortPlatforms: 2, platforms: 3, shortItems: 12 }, dutch)).toBe('2 van 3 platforms en 12 onderdelen komen tekort.');
		expect(resultSummaryText({ shortPlatforms: 1, platforms: 1, shortItems: 1 }, dutch)).toBe('1 van 1 platform en 1 onderdeel komen tekort.');
		expect(resultSummaryText({ shortPlatforms: 0, platforms: 1, shortItems: 0 }, english)).toBe('0 of 1 platform and 0 parts fall short.');
	});
});

describe('short items', () => {
	it('sorts by the month they fall short, then the deepest first, then by name', () => {
		const sorted = sortShortItems([
			item('Radar', '2028-03', 0.46),
			item('Wafer', '2027-09', 0.46),
			item('TMGa', '2027-05', 0.46),
			item('Motor', '2027-09', 0.9),
			item('Antenne', '2028-03', 0.46),
		]);
		expect(sorted.map((i) => i.item!.name)).toEqual(['TMGa', 'Motor', 'Wafer', 'Antenne', 'Radar']);
	});

	it('names the causes by the events’ numbers and targets, in the scenario’s order', () => {
		const events = [event('ga', 'Ga', 'CN'), event('dy', 'Dy', null), event('motor', null, null, 'Voortstuwingsmotor')];
		expect(causeLabels(['motor', 'ga', 'unknown'], events, 'nl')).toEqual(['1: Ga (CN)', '3: Voortstuwingsmotor', 'unknown']);
		expect(eventTargetLabel(events[1]!, 'nl')).toBe('Dy');
		expect(eventTargetLabel({ country: 'CN', material: null, item: null }, 'nl', '(verborgen)')).toBe('(verborgen) (CN)');
	});
});

describe('formatMonth', () => {
	it.each([
		['2027-05', 'nl', 'long', 'mei 2027'],
		['2028-01', 'en', 'long', 'January 2028'],
		['2027-03', 'nl', 'short', 'mrt 2027'],
		['2027', 'nl', 'long', '2027'],
		[null, 'nl', 'long', '—'],
	] as const)('writes %s in %s (%s) as %s', (month, locale, style, text) => {
		expect(formatMonth(month, locale, style)).toBe(text);
	});
});

describe('supplierCountries', () => {
	it('takes each country’s larger share over the two stages, largest first, without residuals', () => {
		expect(
			supplierCountries([
				{ country: 'CN', share: 0.938, stage: 'PROCESSING' },
				{ country: 'CN', share: 0.6, stage: 'EXTRACTION' },
				{ country: 'RU', share: 0.019, stage: 'PROCESSING' },
				{ country: 'RU', share: 0.05, stage: 'EXTRACTION' },
				{ country: null, share: 0.2, stage: 'EXTRACTION' },
				{ country: 'UA', share: 0.022, stage: 'PROCESSING' },
			]),
		).toEqual([
			{ country: 'CN', share: 0.938, stage: 'PROCESSING' },
			{ country: 'RU', share: 0.05, stage: 'EXTRACTION' },
			{ country: 'UA', share: 0.022, stage: 'PROCESSING' },
		]);
	});
});
