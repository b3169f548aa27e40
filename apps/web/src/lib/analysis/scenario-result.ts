import type { ScenarioEventOutcome, ScenarioItemShortfall, ScenarioPlatformOutcome, ScenarioResult, SupplyStage } from '$lib/api/types';
import type { Translate } from './factors';
import { materialShortLabel } from '$lib/materials/names';

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A timeline month (YYYY-MM) in words: "mei 2027" / "May 2027"; `short` for chart axes ("mei '27"
 * would be ambiguous with a day, so the year stays whole). Anything else is shown as it came.
 */
export function formatMonth(month: string | null | undefined, locale: string, style: 'long' | 'short' = 'long'): string {
	if (!month) return '—';
	const match = MONTH.exec(month);
	if (!match) return month;
	const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
	return new Intl.DateTimeFormat(locale, { month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(utc);
}

/** An availability (1 = fully available) as a percentage 0..100 with one decimal, for the chart and table. */
export function availabilityPercent(availability: number): number {
	const clamped = Math.min(1, Math.max(0, availability));
	return Math.round(clamped * 1000) / 10;
}

export interface TimelineLine {
	platformId: string;
	name: string;
	/** Availability in percent per month of `months`. */
	values: number[];
}

export interface TimelineSeries {
	months: string[];
	lines: TimelineLine[];
}

/**
 * The platforms' availability month by month, one line per platform (by name), each value in percent;
 * a month a platform's timeline lacks counts as fully available. A platform the viewer may not see by
 * name is called by its position.
 */
export function timelineSeries(result: Pick<ScenarioResult, 'months' | 'platforms'>, unnamed = (n: number) => `#${n}`): TimelineSeries {
	const lines = result.platforms.map((outcome, index) => {
		const byMonth = new Map(outcome.timeline.map((point) => [point.month, point.availability]));
		return {
			platformId: outcome.platform?.id ?? `platform-${index}`,
			name: outcome.platform?.name ?? unnamed(index + 1),
			values: result.months.map((month) => availabilityPercent(byMonth.get(month) ?? 1)),
		};
	});
	const collator = new Intl.Collator('nl');
	lines.sort((a, b) => collator.compare(a.name, b.name));
	return { months: [...result.months], lines };
}

/** The series as table rows: one per month, a value per line in the series' order. */
export function timelineRows(series: TimelineSeries): { month: string; values: number[] }[] {
	return series.months.map((month, index) => ({ month, values: series.lines.map((line) => line.values[index] ?? 100) }));
}

/**
 * Lines with the same values month by month (platforms short through the same item): in a chart
 * they lie on top of each other, so the page says which coincide. Groups of two or more names.
 */
export function coincidingLines(series: TimelineSeries): string[][] {
	const groups = new Map<string, string[]>();
	for (const line of series.lines) {
		const key = line.values.join('|');
		groups.set(key, [...(groups.get(key) ?? []), line.name]);
	}
	return [...groups.values()].filter((names) => names.length > 1);
}

/** Platforms that fall short first (earliest month), then the deepest, then by name; never-short ones last. */
export function sortPlatforms<T extends Pick<ScenarioPlatformOutcome, 'firstShortfall' | 'worstAvailability' | 'platform'>>(platforms: readonly T[]): T[] {
	const collator = new Intl.Collator('nl');
	return [...platforms].sort(
		(a, b) =>
			compareMonths(a.firstShortfall, b.firstShortfall) ||
			a.worstAvailability - b.worstAvailability ||
			collator.compare(a.platform?.name ?? '', b.platform?.name ?? ''),
	);
}

/** Short items by the month they first fall short, then the deepest shortfall first, then by name. */
export function sortShortItems(items: readonly ScenarioItemShortfall[]): ScenarioItemShortfall[] {
	const collator = new Intl.Collator('nl');
	return [...items].sort(
		(a, b) =>
			compareMonths(a.shortfallFrom, b.shortfallFrom) ||
			b.worstShortfall - a.worstShortfall ||
			collator.compare(a.item?.name ?? '', b.item?.name ?? ''),
	);
}

/** YYYY-MM strings compare as text; null (never) comes last. */
function compareMonths(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/** "Ga (CN)", "Ga" (every country), or the item's name: what an event cuts, in a few characters. */
export function eventTargetLabel(event: Pick<ScenarioEventOutcome, 'country' | 'material' | 'item'>, locale: string, unknown = '?'): string {
	const target = (event.material && materialShortLabel(event.material, locale)) ?? event.item?.name ?? unknown;
	return event.country ? `${target} (${event.country})` : target;
}

/**
 * The causes of a shortfall as the events' numbers and targets ("1: Ga (CN)"), in the order of the
 * scenario's events; a cause the result does not list is shown by its id.
 */
export function causeLabels(causes: readonly string[], events: readonly ScenarioEventOutcome[], locale: string): string[] {
	const byId = new Map(events.map((event, index) => [event.id, { event, index }]));
	return causes
		.map((id) => ({ id, found: byId.get(id) }))
		.sort((a, b) => (a.found?.index ?? Infinity) - (b.found?.index ?? Infinity))
		.map(({ id, found }) => (found ? `${found.index + 1}: ${eventTargetLabel(found.event, locale)}` : id));
}

export interface SupplierCountry {
	country: string;
	/** The country's larger share over the two stages, 0..1. */
	share: number;
	stage: SupplyStage;
}

/**
 * A material's supplier countries for a cut: one per country with its larger share over extraction
 * and processing (the stage the scenario uses), largest first; residuals without a country left out.
 */
export function supplierCountries(supplies: readonly { country: string | null; share: number; stage: SupplyStage }[]): SupplierCountry[] {
	const best = new Map<string, SupplierCountry>();
	for (const supply of supplies) {
		if (!supply.country) continue;
		const known = best.get(supply.country);
		if (!known || supply.share > known.share) best.set(supply.country, { country: supply.country, share: supply.share, stage: supply.stage });
	}
	return [...best.values()].sort((a, b) => b.share - a.share || a.country.localeCompare(b.country));
}

export interface ResultSummary {
	shortPlatforms: number;
	platforms: number;
	shortItems: number;
}

/** The headline of a result, for the announcement after a run. */
export function resultSummary(result: { platforms: readonly Pick<ScenarioPlatformOutcome, 'firstShortfall'>[]; shortItemCount: number }): ResultSummary {
	return {
		shortPlatforms: result.platforms.filter((p) => p.firstShortfall !== null).length,
		platforms: result.platforms.length,
		shortItems: result.shortItemCount,
	};
}

/** The headline in words: each count with its noun in the right plural ("3 van 3 platforms en 1 onderdeel komen tekort."). */
export function resultSummaryText(summary: ResultSummary, t: Translate): string {
	return t('scenario.result.summary', {
		shortPlatforms: summary.shortPlatforms,
		platforms: t('count.platforms', { count: summary.platforms }),
		shortItems: t('count.parts', { count: summary.shortItems }),
	});
}
