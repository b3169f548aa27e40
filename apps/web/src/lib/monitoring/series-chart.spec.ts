import { init } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import '$lib/charts/echarts-series';
import {
	alertsByDate,
	buildSeriesChartOption,
	changeThresholdLabels,
	dateStyleFor,
	formatObservationDate,
	formatValue,
	niceCeil,
	observationTooltip,
	SEVERITY_STYLE,
	summariseSeries,
	valueAxisRange,
	type SeriesChartContext,
	type SeriesChartData,
} from './series-chart';

const labels: SeriesChartContext['labels'] = {
	threshold: (kind, value, severity) => `${kind} ${value} ${severity}`,
	change: (percent, periods, severity) => `CHANGE ${percent}/${periods} ${severity}`,
	alert: (severity) => `alert ${severity}`,
};
const nl: SeriesChartContext = { locale: 'nl', labels };

function gallium(overrides: Partial<SeriesChartData> = {}): SeriesChartData {
	return {
		name: 'Galliumprijs',
		unit: 'USD/kg',
		// Not in date order, as the API may send them.
		observations: [
			{ date: '2026-03-01', value: 1200, note: 'Exportvergunning' },
			{ date: '2026-01-01', value: 800 },
			{ date: '2026-02-01', value: 950, note: null },
			{ date: '2026-04-01', value: 1100 },
		],
		thresholds: [
			{ id: 't1', kind: 'ABOVE', value: 1000, percent: null, periods: null, severity: 'CRITICAL' },
			{ id: 't2', kind: 'BELOW', value: 500, percent: null, periods: null, severity: 'INFO' },
			{ id: 't3', kind: 'CHANGE', value: null, percent: 20, periods: 3, severity: 'WARNING' },
		],
		alerts: [
			{ id: 'a1', date: '2026-03-01', value: 1200, severity: 'CRITICAL', thresholdId: 't1' },
			{ id: 'a2', date: '2026-03-01', value: 1200, severity: 'WARNING', thresholdId: 't3' },
		],
		...overrides,
	};
}

// The option's series, narrowed to what the tests read.
interface LineLike {
	name: string;
	data: unknown[];
	markLine?: { data: { name: string; yAxis: number; lineStyle: { color: string; type: string } }[] };
	markPoint?: { data: { coord: unknown[]; symbol: string; itemStyle: { color: string } }[] };
}
function seriesOf(data: SeriesChartData, context = nl): LineLike[] {
	return buildSeriesChartOption(data, context).series as unknown as LineLike[];
}

describe('buildSeriesChartOption', () => {
	it('draws the observations as one line on a time axis, sorted by date', () => {
		const option = buildSeriesChartOption(gallium(), nl);
		expect(option.xAxis).toMatchObject({ type: 'time' });
		const [line] = seriesOf(gallium());
		expect(line!.name).toBe('Galliumprijs');
		expect(line!.data).toEqual([
			['2026-01-01', 800],
			['2026-02-01', 950],
			['2026-03-01', 1200],
			['2026-04-01', 1100],
		]);
	});

	it('draws ABOVE and BELOW thresholds as dashed lines in the colour of their severity, labelled with the value', () => {
		const [line] = seriesOf(gallium());
		expect(line!.markLine!.data).toEqual([
			expect.objectContaining({ name: 'ABOVE 1.000 USD/kg CRITICAL', yAxis: 1000, lineStyle: expect.objectContaining({ type: 'dashed', color: SEVERITY_STYLE.CRITICAL.colour }) }),
			expect.objectContaining({ name: 'BELOW 500 USD/kg INFO', yAxis: 500, lineStyle: expect.objectContaining({ type: 'dashed', color: SEVERITY_STYLE.INFO.colour }) }),
		]);
	});

	it('formats threshold values in the reader’s language', () => {
		const [line] = seriesOf(gallium(), { locale: 'en', labels });
		expect(line!.markLine!.data.map((item) => item.name)).toEqual(['ABOVE 1,000 USD/kg CRITICAL', 'BELOW 500 USD/kg INFO']);
	});

	it('draws no line for a CHANGE threshold, but lists it in words', () => {
		const [line] = seriesOf(gallium());
		expect(line!.markLine!.data).toHaveLength(2);
		expect(changeThresholdLabels(gallium(), nl)).toEqual(['CHANGE 20%/3 WARNING']);
		expect(changeThresholdLabels(gallium(), { locale: 'en', labels })).toEqual(['CHANGE 20%/3 WARNING']);
	});

	it('marks alerts at their date and value, with a shape as well as a colour per severity', () => {
		const [line] = seriesOf(gallium());
		expect(line!.markPoint!.data).toEqual([
			expect.objectContaining({ coord: ['2026-03-01', 1200], symbol: 'diamond', itemStyle: expect.objectContaining({ color: SEVERITY_STYLE.CRITICAL.colour }) }),
			expect.objectContaining({ coord: ['2026-03-01', 1200], symbol: 'triangle', itemStyle: expect.objectContaining({ color: SEVERITY_STYLE.WARNING.colour }) }),
		]);
		const symbols = Object.values(SEVERITY_STYLE).map((style) => style.symbol);
		expect(new Set(symbols).size).toBe(symbols.length);
		const glyphs = Object.values(SEVERITY_STYLE).map((style) => style.glyph);
		expect(new Set(glyphs).size).toBe(glyphs.length);
	});

	it('explains the alert shapes shown in the legend, and only those', () => {
		const option = buildSeriesChartOption(gallium(), nl);
		expect(option.legend).toMatchObject({
			data: [{ name: 'Galliumprijs' }, { name: 'alert WARNING', icon: 'triangle' }, { name: 'alert CRITICAL', icon: 'diamond' }],
		});
		const legendSeries = seriesOf(gallium()).slice(1);
		expect(legendSeries.map((series) => [series.name, series.data])).toEqual([
			['alert WARNING', []],
			['alert CRITICAL', []],
		]);
		expect(seriesOf(gallium({ alerts: [] }))).toHaveLength(1);
	});

	it('starts the value axis at 0, and widens it to show a threshold above the observations', () => {
		expect(valueAxisRange(gallium())).toEqual({ min: 0, max: undefined });
		expect(valueAxisRange(gallium({ thresholds: [{ id: 't', kind: 'ABOVE', value: 2000, percent: null, periods: null, severity: 'INFO' }] }))).toEqual({
			min: 0,
			max: 2500,
		});
		expect(buildSeriesChartOption(gallium(), nl).yAxis).toMatchObject({ type: 'value', min: 0 });
	});

	it('lets the axis go below 0 when values are negative', () => {
		const negative = gallium({ observations: [{ date: '2026-01-01', value: -4 }, { date: '2026-02-01', value: 3 }], thresholds: [] });
		expect(valueAxisRange(negative).min).toBeUndefined();
		const lowThreshold = gallium({
			observations: [{ date: '2026-01-01', value: -4 }],
			thresholds: [{ id: 't', kind: 'BELOW', value: -9, percent: null, periods: null, severity: 'WARNING' }],
		});
		expect(valueAxisRange(lowThreshold).min).toBe(-10);
	});

	it('shows the axis labels and tooltip in the reader’s language', () => {
		const option = buildSeriesChartOption(gallium(), nl) as unknown as {
			xAxis: { axisLabel: { formatter: (value: number) => string } };
			yAxis: { axisLabel: { formatter: (value: number) => string } };
			tooltip: { formatter: (params: unknown) => string };
		};
		expect(option.xAxis.axisLabel.formatter(new Date(2026, 10, 1).getTime())).toBe('nov 2026');
		expect(option.xAxis.axisLabel.formatter(new Date(2026, 10, 14).getTime())).toBe('14 nov');
		expect(option.yAxis.axisLabel.formatter(1500)).toBe('1.500');
		const tooltip = option.tooltip.formatter([{ value: ['2026-03-01', 1200], dataIndex: 2 }]);
		expect(tooltip).toContain('mrt 2026');
		expect(tooltip).toContain('1.200 USD/kg');
		expect(tooltip).toContain('Exportvergunning');
		expect(tooltip).toContain('alert CRITICAL');
		expect(option.tooltip.formatter([])).toBe('');
	});

	it('renders with ECharts (server-side SVG), marks and all', () => {
		const chart = init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 320 });
		chart.setOption(buildSeriesChartOption(gallium(), nl), true);
		const svg = chart.renderToSVGString();
		chart.dispose();
		expect(svg).toContain('<svg');
		expect(svg).toContain('ABOVE 1.000 USD/kg CRITICAL');
		expect(svg).toContain('alert WARNING');
		expect(svg).toContain(SEVERITY_STYLE.CRITICAL.colour);
	});

	it('copes with a series without observations', () => {
		const empty = gallium({ observations: [], alerts: [], thresholds: [] });
		const [line] = seriesOf(empty);
		expect(line!.data).toEqual([]);
		expect(valueAxisRange(empty)).toEqual({ min: 0, max: undefined });
	});
});

describe('observationTooltip', () => {
	it('escapes the note', () => {
		const html = observationTooltip({ date: '2026-01-14', value: 3, note: '<script>x</script> & co' }, [], '', nl);
		expect(html).not.toContain('<script>');
		expect(html).toContain('&#60;script&#62;x&#60;/script&#62; &#38; co');
		expect(html).toContain('14 jan 2026');
	});
});

describe('summariseSeries', () => {
	it('gives the latest value and date, the lowest and highest, and the number of alerts', () => {
		const summary = summariseSeries(gallium());
		expect(summary.count).toBe(4);
		expect(summary.latest).toMatchObject({ date: '2026-04-01', value: 1100 });
		expect(summary.min).toMatchObject({ date: '2026-01-01', value: 800 });
		expect(summary.max).toMatchObject({ date: '2026-03-01', value: 1200 });
		expect(summary.alerts).toBe(2);
		expect(summary.alertsBySeverity).toEqual({ INFO: 0, WARNING: 1, CRITICAL: 1 });
	});

	it('has nothing to say about a series without observations', () => {
		expect(summariseSeries(gallium({ observations: [], alerts: [] }))).toMatchObject({ count: 0, latest: null, min: null, max: null, alerts: 0 });
	});
});

describe('formatting', () => {
	it('formats values with their unit per locale', () => {
		expect(formatValue(1000, 'USD/kg', 'nl')).toBe('1.000 USD/kg');
		expect(formatValue(1234.567, 'USD/kg', 'en')).toBe('1,234.57 USD/kg');
		expect(formatValue(0.01234, 'weken', 'nl')).toBe('0,0123 weken');
		expect(formatValue(52, '', 'nl')).toBe('52');
	});

	it('shows monthly series by month and others by day, as calendar dates', () => {
		expect(dateStyleFor([{ date: '2026-10-01' }, { date: '2026-11-01' }])).toBe('month');
		expect(dateStyleFor([{ date: '2026-10-01' }, { date: '2026-10-08' }])).toBe('day');
		expect(formatObservationDate('2026-11-01', 'nl', 'month')).toBe('nov 2026');
		expect(formatObservationDate('2026-11-01', 'en', 'month')).toBe('Nov 2026');
		expect(formatObservationDate('2026-11-14', 'nl', 'day')).toBe('14 nov 2026');
		expect(formatObservationDate('2026-11-14', 'nl', 'long')).toBe('14 november 2026');
		expect(formatObservationDate('soon', 'nl')).toBe('soon');
	});

	it('rounds axis ends up to a round number', () => {
		expect(niceCeil(2100)).toBe(2500);
		expect(niceCeil(0.7)).toBe(1);
		expect(niceCeil(51)).toBe(100);
		expect(niceCeil(0)).toBe(0);
	});

	it('groups alerts by date, most severe first', () => {
		const byDate = alertsByDate(gallium().alerts);
		expect(byDate.get('2026-03-01')?.map((alert) => alert.severity)).toEqual(['CRITICAL', 'WARNING']);
	});
});
