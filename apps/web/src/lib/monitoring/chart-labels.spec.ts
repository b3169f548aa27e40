import { describe, expect, it } from 'vitest';
import { I18n } from '$lib/i18n';
import { describeSummary, seriesChartLabels, severityWord } from './chart-labels';
import { buildSeriesChartOption, changeThresholdLabels, summariseSeries, type SeriesChartData } from './series-chart';

const data: SeriesChartData = {
	name: 'Galliumprijs',
	unit: 'USD/kg',
	observations: [
		{ date: '2026-10-01', value: 950 },
		{ date: '2026-09-01', value: 700 },
		{ date: '2026-11-01', value: 1250.5 },
	],
	thresholds: [
		{ id: 't1', kind: 'ABOVE', value: 1000, percent: null, periods: null, severity: 'CRITICAL' },
		{ id: 't2', kind: 'CHANGE', value: null, percent: 25, periods: 1, severity: 'WARNING' },
		{ id: 't3', kind: 'CHANGE', value: null, percent: 40, periods: 3, severity: 'INFO' },
	],
	alerts: [{ id: 'a1', date: '2026-11-01', value: 1250.5, severity: 'CRITICAL', thresholdId: 't1' }],
};

function i18n(locale: 'nl' | 'en'): I18n {
	const i18n = new I18n(null);
	i18n.setLocale(locale);
	return i18n;
}

describe('seriesChartLabels', () => {
	it('labels thresholds in Dutch by default', () => {
		const { t, locale } = i18n('nl');
		const labels = seriesChartLabels(t, locale);
		expect(labels.threshold('ABOVE', '1.000 USD/kg', 'CRITICAL')).toBe('Drempel boven 1.000 USD/kg (kritiek)');
		expect(labels.threshold('BELOW', '5 weken', 'INFO')).toBe('Drempel onder 5 weken (informatie)');
		expect(labels.alert('WARNING')).toBe('Signaal: waarschuwing');
		expect(changeThresholdLabels(data, { locale, labels })).toEqual([
			'Verandering van meer dan 25% ten opzichte van 1 periode eerder (waarschuwing)',
			'Verandering van meer dan 40% ten opzichte van 3 perioden eerder (informatie)',
		]);
		const option = buildSeriesChartOption(data, { locale, labels }) as unknown as { series: { markLine?: { data: { name: string }[] } }[] };
		expect(option.series[0]!.markLine!.data[0]!.name).toBe('Drempel boven 1.000 USD/kg (kritiek)');
	});

	it('and in English', () => {
		const { t, locale } = i18n('en');
		const labels = seriesChartLabels(t, locale);
		expect(labels.threshold('ABOVE', '1,000 USD/kg', 'CRITICAL')).toBe('Threshold above 1,000 USD/kg (critical)');
		expect(changeThresholdLabels(data, { locale, labels })[1]).toBe('Change of more than 40% compared with 3 periods earlier (information)');
		expect(severityWord(t, 'WARNING')).toBe('Warning');
	});
});

describe('describeSummary', () => {
	it('tells the latest value and date, the lowest and highest and the alerts', () => {
		const { t, locale } = i18n('nl');
		expect(describeSummary(summariseSeries(data), data, t, locale)).toBe(
			'3 waarnemingen. Laatste waarde 1.250,5 USD/kg op nov 2026; laagste 700 USD/kg (sep 2026), hoogste 1.250,5 USD/kg (nov 2026). 1 signaal afgegeven.',
		);
	});

	it('uses whole dates for series that are not monthly, and English when chosen', () => {
		const { t, locale } = i18n('en');
		const weekly = { ...data, observations: [{ date: '2026-11-09', value: 3 }], alerts: [] };
		expect(describeSummary(summariseSeries(weekly), weekly, t, locale)).toBe(
			'1 observation. Latest value 3 USD/kg on November 9, 2026; lowest 3 USD/kg (November 9, 2026), highest 3 USD/kg (November 9, 2026). 0 alerts raised.',
		);
	});

	it('says so when there are no observations', () => {
		const { t, locale } = i18n('nl');
		const empty = { ...data, observations: [], alerts: [] };
		expect(describeSummary(summariseSeries(empty), empty, t, locale)).toBe('Nog geen waarnemingen.');
	});
});
