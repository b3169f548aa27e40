/**
 * A monitoring series as a chart: the observations as one line over time, ABOVE/BELOW thresholds as
 * dashed horizontal lines, the alerts they raised as marks on the line, and a summary for the text
 * alternative. Pure (no ECharts at run time, no Svelte): the component passes the locale and the
 * texts in, so this module holds no Dutch or English and its output can be tested as data.
 *
 * Colour is never the only signal: every severity also has its own mark shape (and glyph in the table),
 * and the threshold lines carry their severity in words.
 */
import type { SeriesChartOption } from '$lib/charts/echarts-series';

export type ThresholdKind = 'ABOVE' | 'BELOW' | 'CHANGE';
export type Severity = 'INFO' | 'WARNING' | 'CRITICAL';
export interface ChartObservation {
	/** YYYY-MM-DD */
	date: string;
	value: number;
	note?: string | null;
}
export interface ChartThreshold {
	id: string;
	kind: ThresholdKind;
	value: number | null;
	percent: number | null;
	periods: number | null;
	severity: Severity;
}
export interface ChartAlert {
	id: string;
	date: string;
	value: number;
	severity: Severity;
	thresholdId: string;
}
export interface SeriesChartData {
	name: string;
	unit: string;
	observations: ChartObservation[];
	thresholds: ChartThreshold[];
	alerts: ChartAlert[];
}

export const SEVERITIES: readonly Severity[] = ['INFO', 'WARNING', 'CRITICAL'];

/**
 * How a severity looks: the colour (from the palette of the other charts), the ECharts symbol of its
 * alert marks and the same shape as a glyph for text (table badges, tooltips).
 */
export const SEVERITY_STYLE: Readonly<Record<Severity, { colour: string; symbol: string; glyph: string }>> = {
	INFO: { colour: '#007bc7', symbol: 'rect', glyph: '■' },
	WARNING: { colour: '#e17000', symbol: 'triangle', glyph: '▲' },
	CRITICAL: { colour: '#d52b1e', symbol: 'diamond', glyph: '◆' },
};

/** The line of the observations: the brand colour, as the first line of the other charts. */
export const SERIES_COLOUR = '#154273';

/** The texts of the chart, in the reader's language; placeholders are filled in here. */
export interface SeriesChartLabels {
	/** A horizontal threshold, e.g. "Drempel boven 1.000 USD/kg (kritiek)"; `value` is formatted with its unit. */
	threshold(kind: 'ABOVE' | 'BELOW', value: string, severity: Severity): string;
	/** A threshold on change, e.g. "Verandering van meer dan 20% ten opzichte van 3 perioden eerder (waarschuwing)". */
	change(percent: string, periods: number, severity: Severity): string;
	/** The name of an alert of this severity, for the legend and the tooltip, e.g. "Signaal: kritiek". */
	alert(severity: Severity): string;
}

export interface SeriesChartContext {
	locale: string;
	labels: SeriesChartLabels;
}

// Single quotes inside: ECharts' server-side SVG puts this in a style="…" attribute unescaped.
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The observations oldest first (the API promises no order); equal dates keep their order. */
export function sortedObservations(observations: readonly ChartObservation[]): ChartObservation[] {
	return [...observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A value with its unit in the reader's language, e.g. 1000 -> "1.000 USD/kg" in Dutch. */
export function formatValue(value: number, unit: string, locale: string): string {
	const digits = value !== 0 && Math.abs(value) < 1 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 };
	const number = new Intl.NumberFormat(locale, digits).format(value);
	return unit.trim() ? `${number} ${unit.trim()}` : number;
}

/**
 * Whether the dates are best shown as months ("nov 2026": all on the first of a month, as the monthly
 * and quarterly series are) or as days ("14 nov 2026").
 */
export function dateStyleFor(observations: readonly { date: string }[]): 'month' | 'day' {
	return observations.every((observation) => observation.date.endsWith('-01')) ? 'month' : 'day';
}

/** A date as the API sends it (YYYY-MM-DD), read as a calendar day in UTC so no time zone moves it. */
export function formatObservationDate(date: string, locale: string, style: 'month' | 'day' | 'long' = 'day'): string {
	const match = ISO_DATE.exec(date);
	if (!match) return date;
	const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	if (!Number.isFinite(utc)) return date;
	const options: Intl.DateTimeFormatOptions =
		style === 'month'
			? { month: 'short', year: 'numeric' }
			: style === 'day'
				? { day: 'numeric', month: 'short', year: 'numeric' }
				: { day: 'numeric', month: 'long', year: 'numeric' };
	return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utc);
}

/**
 * A label of the time axis. ECharts reads 'YYYY-MM-DD' as local midnight, so the tick is formatted in
 * local time: the first of a month as "nov 2026", any other day as "14 nov".
 */
export function formatAxisDate(timestamp: number, locale: string): string {
	const date = new Date(timestamp);
	const options: Intl.DateTimeFormatOptions = date.getDate() === 1 ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
	return new Intl.DateTimeFormat(locale, options).format(date);
}

/** The alerts per observation date, most severe first. */
export function alertsByDate(alerts: readonly ChartAlert[]): Map<string, ChartAlert[]> {
	const byDate = new Map<string, ChartAlert[]>();
	for (const alert of alerts) byDate.set(alert.date, [...(byDate.get(alert.date) ?? []), alert]);
	for (const list of byDate.values()) list.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
	return byDate;
}

/** A threshold in words, with its value or percentage formatted; null when it lacks the figure its kind needs. */
export function describeThreshold(threshold: ChartThreshold, unit: string, { locale, labels }: SeriesChartContext): string | null {
	switch (threshold.kind) {
		case 'ABOVE':
		case 'BELOW':
			return threshold.value === null ? null : labels.threshold(threshold.kind, formatValue(threshold.value, unit, locale), threshold.severity);
		case 'CHANGE':
			return threshold.percent === null
				? null
				: labels.change(`${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(threshold.percent)}%`, threshold.periods ?? 1, threshold.severity);
	}
}

/** The CHANGE thresholds in words: they have no level to draw, so the chart lists them beside it. */
export function changeThresholdLabels(data: SeriesChartData, context: SeriesChartContext): string[] {
	return data.thresholds
		.filter((threshold) => threshold.kind === 'CHANGE')
		.map((threshold) => describeThreshold(threshold, data.unit, context))
		.filter((text): text is string => text !== null);
}

/** The thresholds that are drawn as a level: ABOVE and BELOW with a value. */
function levelThresholds(data: SeriesChartData): (ChartThreshold & { kind: 'ABOVE' | 'BELOW'; value: number })[] {
	return data.thresholds.filter(
		(threshold): threshold is ChartThreshold & { kind: 'ABOVE' | 'BELOW'; value: number } =>
			(threshold.kind === 'ABOVE' || threshold.kind === 'BELOW') && threshold.value !== null && Number.isFinite(threshold.value),
	);
}

/** A round number at or above `value` (1, 2, 2.5, 5 times a power of ten), for an axis end. */
export function niceCeil(value: number): number {
	if (value <= 0) return 0;
	const power = 10 ** Math.floor(Math.log10(value));
	const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
	return step * power;
}

/**
 * The ends of the value axis. It starts at 0 unless a value or a threshold is negative; a threshold
 * beyond the observations widens it so that its line stays in view. `undefined` leaves an end to ECharts.
 */
export function valueAxisRange(data: SeriesChartData): { min: number | undefined; max: number | undefined } {
	const values = data.observations.map((observation) => observation.value).filter(Number.isFinite);
	const levels = levelThresholds(data).map((threshold) => threshold.value);
	const all = [...values, ...levels];
	if (all.length === 0) return { min: 0, max: undefined };
	const lowest = Math.min(...all);
	const highest = Math.max(...all);
	const highestValue = values.length ? Math.max(...values) : -Infinity;
	const lowestValue = values.length ? Math.min(...values) : Infinity;
	const max = levels.some((level) => level >= highestValue) && highest > 0 ? niceCeil(highest * 1.05) : undefined;
	let min: number | undefined = 0;
	if (lowest < 0) min = levels.some((level) => level <= lowestValue) ? -niceCeil(-lowest * 1.05) : undefined;
	return { min, max };
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The tooltip of one observation: date, value with unit, note, and the alerts raised there. HTML, escaped. */
export function observationTooltip(
	observation: ChartObservation,
	alerts: readonly ChartAlert[],
	unit: string,
	{ locale, labels }: SeriesChartContext,
	style: 'month' | 'day' = 'day',
): string {
	const lines = [
		`<strong>${escapeHtml(formatObservationDate(observation.date, locale, style))}</strong>`,
		escapeHtml(formatValue(observation.value, unit, locale)),
	];
	if (observation.note?.trim()) lines.push(`<em>${escapeHtml(observation.note.trim())}</em>`);
	for (const alert of alerts) {
		const { colour, glyph } = SEVERITY_STYLE[alert.severity];
		lines.push(`<span style="color:${colour}" aria-hidden="true">${glyph}</span> ${escapeHtml(labels.alert(alert.severity))}`);
	}
	return lines.join('<br>');
}

/** The first data point of an axis tooltip's parameters: ECharts passes one or a list. */
function firstDate(params: unknown): string | undefined {
	const first: unknown = Array.isArray(params) ? params[0] : params;
	if (!first || typeof first !== 'object' || !('value' in first)) return undefined;
	const value = (first as { value: unknown }).value;
	return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/**
 * The ECharts option for a series: a time axis, the observations as one line (by date), ABOVE/BELOW
 * thresholds as dashed mark lines in the colour of their severity, alerts as mark points whose shape
 * and colour follow their severity, and a legend with the line and the kinds of alert shown.
 * CHANGE thresholds have no line: see `changeThresholdLabels`.
 */
export function buildSeriesChartOption(data: SeriesChartData, context: SeriesChartContext): SeriesChartOption {
	const { locale, labels } = context;
	const observations = sortedObservations(data.observations);
	const byDate = new Map(observations.map((observation) => [observation.date, observation]));
	const alerts = alertsByDate(data.alerts);
	const style = dateStyleFor(observations);
	const range = valueAxisRange(data);
	const severitiesShown = SEVERITIES.filter((severity) => data.alerts.some((alert) => alert.severity === severity));
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

	return {
		animation: false,
		textStyle: { fontFamily: FONT, fontSize: 12 },
		color: [SERIES_COLOUR],
		// ECharts 6: what `containLabel` was (that needs a legacy module): the axis labels stay inside.
		grid: { left: 8, right: 24, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
		legend: {
			top: 0,
			left: 0,
			type: 'plain',
			// One line and the alert shapes: a legend to read, not to switch lines off.
			selectedMode: false,
			textStyle: { color: '#1b1b1b' },
			// Square, so the alert shapes keep their form (a line's icon is its symbol with a short line).
			itemWidth: 14,
			itemHeight: 14,
			itemGap: 16,
			data: [
				{ name: data.name },
				...severitiesShown.map((severity) => ({ name: labels.alert(severity), icon: SEVERITY_STYLE[severity].symbol })),
			],
		},
		tooltip: {
			trigger: 'axis',
			confine: true,
			formatter: (params: unknown) => {
				const date = firstDate(params);
				const observation = date === undefined ? undefined : byDate.get(date);
				return observation ? observationTooltip(observation, alerts.get(observation.date) ?? [], data.unit, context, style) : '';
			},
		},
		dataZoom: [{ type: 'inside', filterMode: 'none', zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false, moveOnMouseMove: true }],
		xAxis: {
			type: 'time',
			axisLine: { lineStyle: { color: '#b4b4b4' } },
			axisLabel: { color: '#1b1b1b', hideOverlap: true, formatter: (value: number) => formatAxisDate(value, locale) },
			splitLine: { show: false },
		},
		yAxis: {
			type: 'value',
			min: range.min,
			max: range.max,
			name: data.unit,
			nameTextStyle: { color: '#535353', align: 'left' },
			axisLabel: { color: '#535353', formatter: (value: number) => number.format(value) },
			splitLine: { lineStyle: { color: '#dcdcdc' } },
		},
		series: [
			{
				type: 'line',
				name: data.name,
				data: observations.map((observation) => [observation.date, observation.value]),
				// Hollow, so the filled alert marks stand out from the observations.
				symbol: 'emptyCircle',
				symbolSize: 6,
				showSymbol: observations.length <= 36,
				lineStyle: { width: 2.5, color: SERIES_COLOUR },
				itemStyle: { color: SERIES_COLOUR },
				z: 3,
				markLine: {
					silent: true,
					symbol: 'none',
					animation: false,
					data: levelThresholds(data).map((threshold) => {
						const colour = SEVERITY_STYLE[threshold.severity].colour;
						const text = describeThreshold(threshold, data.unit, context) ?? '';
						return {
							name: text,
							yAxis: threshold.value,
							lineStyle: { color: colour, type: 'dashed' as const, width: threshold.severity === 'CRITICAL' ? 2 : 1.5 },
							label: { show: true, formatter: text, position: 'insideEndTop' as const, color: '#1b1b1b', backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 3] },
						};
					}),
				},
				markPoint: {
					animation: false,
					data: data.alerts.map((alert) => ({
						name: labels.alert(alert.severity),
						coord: [alert.date, alert.value],
						value: alert.value,
						symbol: SEVERITY_STYLE[alert.severity].symbol,
						symbolSize: alert.severity === 'CRITICAL' ? 16 : 14,
						itemStyle: { color: SEVERITY_STYLE[alert.severity].colour, borderColor: '#ffffff', borderWidth: 1.5 },
						label: { show: false },
					})),
				},
			},
			// The alert shapes in the legend: empty series, one per severity shown, never drawn.
			...severitiesShown.map((severity) => ({
				type: 'line' as const,
				name: labels.alert(severity),
				data: [],
				symbol: SEVERITY_STYLE[severity].symbol,
				itemStyle: { color: SEVERITY_STYLE[severity].colour },
				lineStyle: { opacity: 0 },
				silent: true,
				tooltip: { show: false },
			})),
		],
	};
}

export interface SeriesSummary {
	count: number;
	latest: ChartObservation | null;
	min: ChartObservation | null;
	max: ChartObservation | null;
	alerts: number;
	alertsBySeverity: Record<Severity, number>;
}

/**
 * The series in figures for the text alternative: the latest observation, the lowest and highest (the
 * earliest when a value recurs), and how many alerts were raised.
 */
export function summariseSeries(data: SeriesChartData): SeriesSummary {
	const observations = sortedObservations(data.observations).filter((observation) => Number.isFinite(observation.value));
	let min: ChartObservation | null = null;
	let max: ChartObservation | null = null;
	for (const observation of observations) {
		if (!min || observation.value < min.value) min = observation;
		if (!max || observation.value > max.value) max = observation;
	}
	const alertsBySeverity: Record<Severity, number> = { INFO: 0, WARNING: 0, CRITICAL: 0 };
	for (const alert of data.alerts) alertsBySeverity[alert.severity] += 1;
	return {
		count: observations.length,
		latest: observations.at(-1) ?? null,
		min,
		max,
		alerts: data.alerts.length,
		alertsBySeverity,
	};
}
