/**
 * The texts of the series chart in the reader's language: the labels `buildSeriesChartOption` takes,
 * and the summary sentence for the chart's accessible name. Kept apart from the pure chart module so
 * that it stays free of the message catalogue, and apart from the components so the sentences can be tested.
 */
import type { MessageKey, MessageParams } from '$lib/i18n';
import { dateStyleFor, formatObservationDate, formatValue, type SeriesChartData, type SeriesChartLabels, type SeriesSummary, type Severity } from './series-chart';

/** The message lookup of `I18n` (`i18n.t`). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The severity as a word, e.g. "Kritiek". */
export function severityWord(t: Translate, severity: Severity): string {
	return t(`monitoring.chart.severity.${severity}`);
}

/** The chart's labels from the catalogue; the severity inside a sentence in lower case ("(kritiek)"). */
export function seriesChartLabels(t: Translate, locale: string): SeriesChartLabels {
	const inSentence = (severity: Severity) => severityWord(t, severity).toLocaleLowerCase(locale);
	return {
		threshold: (kind, value, severity) => t(`monitoring.chart.threshold.${kind}`, { value, severity: inSentence(severity) }),
		change: (percent, periods, severity) => t('monitoring.chart.threshold.CHANGE', { percent, periods, severity: inSentence(severity) }),
		alert: (severity) => t('monitoring.chart.alert', { severity: inSentence(severity) }),
	};
}

/**
 * The series in a few sentences: how many observations, the latest (value and date), the lowest and
 * highest, and how many alerts were raised.
 */
export function describeSummary(summary: SeriesSummary, data: Pick<SeriesChartData, 'unit' | 'observations'>, t: Translate, locale: string): string {
	if (!summary.latest || !summary.min || !summary.max) return t('monitoring.chart.empty');
	const style = dateStyleFor(data.observations);
	const date = (value: string) => formatObservationDate(value, locale, style === 'month' ? 'month' : 'long');
	return [
		t('monitoring.chart.summary.observations', { count: summary.count }),
		t('monitoring.chart.summary', {
			value: formatValue(summary.latest.value, data.unit, locale),
			date: date(summary.latest.date),
			min: formatValue(summary.min.value, data.unit, locale),
			minDate: date(summary.min.date),
			max: formatValue(summary.max.value, data.unit, locale),
			maxDate: date(summary.max.date),
		}),
		t('monitoring.chart.summary.alerts', { count: summary.alerts }),
	].join(' ');
}
