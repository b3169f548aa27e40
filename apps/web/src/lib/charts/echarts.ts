/**
 * ECharts with only what the app draws (horizontal bars) and the SVG renderer. Imported dynamically
 * by the chart components, so the library is fetched only on the pages that show a chart.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption } from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption>;
export type { EChartsType };

export function createSvgChart(element: HTMLElement): EChartsType {
	return init(element, null, { renderer: 'svg' });
}
