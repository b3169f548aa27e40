/**
 * ECharts with only what the app draws (horizontal bars on the factsheets, the platform × material
 * heatmap of the analysis) and the SVG renderer. Imported dynamically by the chart components, so the
 * library is fetched only on the pages that show a chart.
 */
import { BarChart, HeatmapChart, type BarSeriesOption, type HeatmapSeriesOption } from 'echarts/charts';
import {
	GridComponent,
	TooltipComponent,
	VisualMapContinuousComponent,
	type GridComponentOption,
	type TooltipComponentOption,
	type VisualMapComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// A heatmap series needs a visual map (ECharts insists); the tooltip names a cell on hover.
use([BarChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption>;
export type HeatmapChartOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;
export type { EChartsType };

export function createSvgChart(element: HTMLElement): EChartsType {
	return init(element, null, { renderer: 'svg' });
}
