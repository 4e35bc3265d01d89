import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type ChartOption, type EChartsType } from './echarts';
import { CHART_THEME } from './theme';

export interface ChartClick {
  name: string;
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  data?: unknown;
}

interface Props {
  option: ChartOption;
  height: number | string;
  onClick?: (e: ChartClick) => void;
  /** Read by tests and screen readers: what the chart shows, in words. */
  ariaLabel: string;
  testId?: string;
  style?: CSSProperties;
}

/** One echarts instance in a div: the shared theme, follows its box's size, disposed on unmount. */
export function EChart({ option, height, onClick, ariaLabel, testId, style }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const instance = echarts.init(el, CHART_THEME, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (e) => click.current?.(e as unknown as ChartClick));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined, ...style }}
    />
  );
}
