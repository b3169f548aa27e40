/**
 * ECharts for a monitoring series: one line over a time axis, thresholds as mark lines, alerts as mark
 * points, zooming with the mouse wheel (with Ctrl, so the page still scrolls) or by pinching, on the SVG
 * renderer. A module of its own, imported dynamically by `SeriesChart`, so other pages do not fetch it
 * (the shared ECharts core is one chunk for all charts).
 */
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
	DataZoomInsideComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	MarkPointComponent,
	TooltipComponent,
	type DataZoomComponentOption,
	type GridComponentOption,
	type LegendComponentOption,
	type MarkLineComponentOption,
	type MarkPointComponentOption,
	type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, MarkPointComponent, DataZoomInsideComponent, SVGRenderer]);

export type SeriesChartOption = ComposeOption<
	| LineSeriesOption
	| GridComponentOption
	| TooltipComponentOption
	| LegendComponentOption
	| MarkLineComponentOption
	| MarkPointComponentOption
	| DataZoomComponentOption
>;
export type { EChartsType };

export function createSvgSeriesChart(element: HTMLElement): EChartsType {
	return init(element, null, { renderer: 'svg' });
}
