/**
 * Alerts as the dashboard and the monitoring pages list them: newest crossing first, a live alert
 * added once, and the sentence that says what crossed what.
 */
import { countryName } from '$lib/format/format';
import type { Translate } from './chart-labels';
import { describeThreshold, formatObservationDate, formatValue, type ChartThreshold, type Severity } from './series-chart';
import { seriesChartLabels } from './chart-labels';
import { materialLabel, type LabelledMaterial } from '$lib/materials/names';

export interface ListedAlert {
	id: string;
	date: string;
	value: number;
	severity: Severity;
	raisedAt: string;
	acknowledged: boolean;
	/** The series is still beyond the line. */
	ongoing: boolean;
	threshold: Omit<ChartThreshold, 'severity'> | null;
	series: { id: string; name: string; unit: string };
	roadmaps: readonly { id: string; title: string }[];
}

/** Newest crossing first; alerts of one date by when they were raised, newest first. */
export function sortAlerts<T extends Pick<ListedAlert, 'date' | 'raisedAt' | 'id'>>(alerts: readonly T[]): T[] {
	return [...alerts].sort((a, b) => b.date.localeCompare(a.date) || b.raisedAt.localeCompare(a.raisedAt) || a.id.localeCompare(b.id));
}

/** The list with a live alert in it (replacing one with its id), sorted, at most `max` long. */
export function addAlert<T extends Pick<ListedAlert, 'date' | 'raisedAt' | 'id'>>(alerts: readonly T[], alert: T, max: number): T[] {
	return sortAlerts([alert, ...alerts.filter((a) => a.id !== alert.id)]).slice(0, max);
}

/** "Galliumprijs: 1.250 USD/kg op nov 2026 — boven 1.000 USD/kg". */
export function alertSentence(alert: Pick<ListedAlert, 'date' | 'value' | 'severity' | 'threshold' | 'series'>, t: Translate, locale: string): string {
	const what = alert.threshold
		? describeThreshold({ ...alert.threshold, severity: alert.severity }, alert.series.unit, { locale, labels: seriesChartLabels(t, locale) })
		: null;
	return t(what ? 'monitoring.alerts.sentence' : 'monitoring.alerts.sentenceNoThreshold', {
		series: alert.series.name,
		value: formatValue(alert.value, alert.series.unit, locale),
		date: formatObservationDate(alert.date, locale, 'long'),
		threshold: what ?? '',
	});
}

/** The first and last day of the month `offset` months from the one `today` is in (YYYY-MM-DD). */
export function monthRange(today: string, offset = 0): { from: string; to: string } {
	const [year, month] = today.split('-').map(Number) as [number, number];
	const first = new Date(Date.UTC(year, month - 1 + offset, 1));
	const last = new Date(Date.UTC(year, month + offset, 0));
	return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/**
 * A month param ('2026-11') as a range; without one (or a malformed one) the last full month, since
 * monthly series publish a month's figure after it ended.
 */
export function monthParam(param: string | null, today: string): { month: string; from: string; to: string } {
	const valid = param && /^\d{4}-(0[1-9]|1[0-2])$/.test(param) ? param : monthRange(today, -1).from.slice(0, 7);
	const range = monthRange(`${valid}-01`);
	return { month: valid, ...range };
}

/** What a series is about, in words: "Gallium (Ga)", "China" or "Algemeen". */
export function seriesSubject(
	series: { subjectKind: string; country: string | null; material: LabelledMaterial | null },
	t: Translate,
	locale: string,
): string {
	if (series.material) return materialLabel(series.material, locale);
	if (series.country) return countryName(series.country, locale);
	return t('monitoring.subject.none');
}
