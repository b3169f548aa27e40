/**
 * ECharts for the analysis heatmap: the heatmap series, the visual map it needs (ECharts insists) and
 * the tooltip, on the SVG renderer. A module of its own, imported dynamically by `HeatmapChart`, so the
 * factsheets' bar charts do not fetch it (the shared ECharts core is one chunk for both).
 */
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
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

use([HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, SVGRenderer]);

export type HeatmapChartOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;
export type { EChartsType };

export function createSvgHeatmap(element: HTMLElement): EChartsType {
	return init(element, null, { renderer: 'svg' });
}
