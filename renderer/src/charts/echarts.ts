// echarts, modular: only the charts and components the app draws are bundled. Pages import
// `echarts` from here so every chart type is registered once, in one place.
import {
  BarChart,
  CustomChart,
  EffectScatterChart,
  LineChart,
  LinesChart,
  MapChart,
  ScatterChart,
} from 'echarts/charts';
import {
  DataZoomComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { registerLeadAtlasTheme } from './theme';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  ScatterChart,
  EffectScatterChart,
  LinesChart,
  CustomChart,
  GridComponent,
  GeoComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  VisualMapComponent,
  MarkLineComponent,
  DataZoomComponent,
  LabelLayout,
  CanvasRenderer,
]);
registerLeadAtlasTheme(echarts);

export { echarts };
export type { EChartsCoreOption as ChartOption, EChartsType } from 'echarts/core';
