import { CHINA_MAP, ensureChinaMap, REGION_MAP } from '../charts/chinaMap';
import { echarts } from '../charts/echarts';

/** The print stylesheet's first face and the weights its headings and tables use (print.css). */
const PRINT_FACE = '"Noto Sans CJK SC"';
const PRINT_WEIGHTS = [400, 600, 700] as const;

/**
 * Draws each map once, small and thrown away: echarts turns a map's outlines into shapes the
 * first time a chart uses it and keeps them, so the dossier's route map is then only drawn.
 */
function drawMapsOnce(): void {
  for (const map of [REGION_MAP, CHINA_MAP]) {
    const chart = echarts.init(document.createElement('div'), undefined, {
      renderer: 'canvas',
      width: 64,
      height: 64,
    });
    try {
      chart.setOption({ animation: false, geo: { map, roam: false } });
    } finally {
      chart.dispose();
    }
  }
}

/**
 * What the first printed document would otherwise wait for, done while the print page idles
 * (contract/print/printPage.ts IDLE_PRINT_ROUTE): the provinces map a trip dossier draws its
 * route on (460 KB of outlines to parse, register and turn into shapes) and each weight of the
 * CJK face, whose files the browser reads only when a glyph first needs them.
 */
export function warmUpPrinting(): void {
  void ensureChinaMap()
    .then(drawMapsOnce)
    .catch(() => undefined);
  for (const weight of PRINT_WEIGHTS) {
    void document.fonts.load(`${weight} 16px ${PRINT_FACE}`, '招商引资项目').catch(() => undefined);
  }
}
