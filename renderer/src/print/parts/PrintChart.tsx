import { SVGRenderer } from 'echarts/renderers';
import { useId, useMemo } from 'react';
import { echarts, type ChartOption } from '../../charts/echarts';
import { CHART_THEME } from '../../charts/theme';

// The app's charts draw on canvas; paper wants vectors. Registering the SVG renderer here keeps
// it out of the pages that never print.
echarts.use([SVGRenderer]);

/** Pictures drawn lately, by what they show: printing the same dossier again redraws nothing. */
const pictures = new Map<string, string>();
const PICTURES_KEPT = 4;

function picture(option: ChartOption, width: number, height: number): string {
  const key = JSON.stringify([option, width, height]);
  const kept = pictures.get(key);
  if (kept) return kept;
  // A detached box: the canvas renderer draws synchronously into it when asked for the image.
  const chart = echarts.init(document.createElement('div'), CHART_THEME, {
    renderer: 'canvas',
    width,
    height,
  });
  try {
    chart.setOption({ ...option, animation: false });
    const png = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    pictures.set(key, png);
    if (pictures.size > PICTURES_KEPT) pictures.delete(pictures.keys().next().value as string);
    return png;
  } finally {
    chart.dispose();
  }
}

/**
 * A chart for paper: echarts renders it once, without animation, to an SVG string (its
 * server-side mode), so the chart is complete in the same render as the text around it and
 * prints as vectors at any resolution. Each SVG gets its own id prefix, since several sit in
 * one page and their clip-path ids would otherwise collide.
 */
export function PrintChart({
  option,
  width,
  height,
  label,
  title,
  raster = false,
}: {
  option: ChartOption;
  /** Drawing size in px; the SVG then scales to the text block's width. */
  width: number;
  height: number;
  label: string;
  title?: string;
  /**
   * As a picture at 2× (about 200 dpi on the page) instead of vectors: for the provinces map,
   * whose thousands of outline points cost far more to write into a PDF than its pixels do.
   */
  raster?: boolean;
}) {
  const prefix = `pdc${useId().replace(/[^A-Za-z0-9]/g, '')}-`;
  const drawn = useMemo(() => {
    if (raster) return { png: picture(option, width, height) };
    const chart = echarts.init(null, CHART_THEME, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption({ ...option, animation: false });
      return { svg: chart.renderToSVGString().replace(/zr\d+-/g, prefix) };
    } finally {
      chart.dispose();
    }
  }, [option, width, height, prefix, raster]);
  return (
    <figure className="pd-chart" style={{ margin: 0 }}>
      {title && <figcaption className="pd-chart-title">{title}</figcaption>}
      {drawn.png ? (
        <img className="pd-picture" src={drawn.png} alt={label} />
      ) : (
        <div role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: drawn.svg ?? '' }} />
      )}
    </figure>
  );
}
