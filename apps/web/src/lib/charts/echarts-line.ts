/**
 * ECharts for the scenario timeline: line series with a legend and a tooltip per month, on the SVG
 * renderer. A module of its own, imported dynamically by `ScenarioTimelineChart`, so other pages do
 * not fetch it (the shared ECharts core is one chunk for all charts).
 */
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	TooltipComponent,
	type GridComponentOption,
	type LegendComponentOption,
	type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type LineChartOption = ComposeOption<LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export type { EChartsType };

export function createSvgLineChart(element: HTMLElement): EChartsType {
	return init(element, null, { renderer: 'svg' });
}
