// The one echarts theme: the antd primary blue first, then calm colours that stay apart when
// printed in grey; text in the app's font and sizes. Stage colours come from format/stages.ts.

export const CHART_THEME = 'leadatlas';

/** Series colours in order: 合同/签约 blue, 实到 green, then the rest. */
export const CHART_COLORS = ['#1f5fa8', '#52a447', '#d48806', '#7a5cc0', '#13a8a8', '#c2554b', '#8c9bb0'];

export const CHART_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const axis = {
  axisLine: { lineStyle: { color: '#c9ced6' } },
  axisTick: { lineStyle: { color: '#c9ced6' } },
  axisLabel: { color: '#5c6675' },
  splitLine: { lineStyle: { color: ['#edf0f4'] } },
  nameTextStyle: { color: '#8a93a0' },
};

export const leadAtlasTheme = {
  color: CHART_COLORS,
  backgroundColor: 'transparent',
  textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#2b3340' },
  title: { textStyle: { fontSize: 14, fontWeight: 600, color: '#1d2530' } },
  legend: { textStyle: { color: '#5c6675' }, itemWidth: 12, itemHeight: 8 },
  tooltip: {
    backgroundColor: 'rgba(255,255,255,0.97)',
    borderColor: '#dfe3e8',
    textStyle: { color: '#1d2530', fontSize: 12 },
    extraCssText: 'box-shadow: 0 2px 8px rgba(0,0,0,0.12);',
  },
  categoryAxis: axis,
  valueAxis: axis,
  bar: { itemStyle: { borderRadius: [2, 2, 0, 0] } },
  line: { symbolSize: 5, smooth: false },
  visualMap: { textStyle: { color: '#5c6675' } },
  map: {
    itemStyle: { areaColor: '#f2f4f7', borderColor: '#b7c0cc', borderWidth: 0.6 },
    label: { color: '#5c6675' },
    emphasis: { itemStyle: { areaColor: '#ffd666' }, label: { color: '#1d2530' } },
  },
  geo: {
    itemStyle: { areaColor: '#f2f4f7', borderColor: '#b7c0cc', borderWidth: 0.6 },
    emphasis: { itemStyle: { areaColor: '#e6ecf5' } },
  },
};

let registered = false;

/** Called once by charts/echarts.ts with the core module. */
export function registerLeadAtlasTheme(core: { registerTheme(name: string, theme: object): void }): void {
  if (registered) return;
  core.registerTheme(CHART_THEME, leadAtlasTheme);
  registered = true;
}
