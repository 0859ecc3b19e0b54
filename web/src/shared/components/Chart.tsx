// A chart drawn by ECharts (bar, line, pie) as SVG, sized to its box, with Vietnamese numbers on
// axes and in tooltips. Only the pieces of ECharts used here are imported (tree-shaken).
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { init, use, type ECharts } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatNumber, formatPercent } from '../lib/format';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The party's red first, then colours that stay apart on a small screen. */
const PALETTE = ['#b91c1c', '#d97706', '#2563eb', '#059669', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#475569'];

export interface ChartSeries {
  name: string;
  /** One value per category; null where there is none. */
  data: (number | null)[];
  kind?: 'bar' | 'line';
  /** Bars with the same stack name are drawn on top of each other. */
  stack?: string;
}

interface Props {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers. */
  'aria-label': string;
}

/** Draws `option`; redraws when it changes and follows the width of its box. */
export function Chart({ option, height = 280, 'aria-label': ariaLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const c = init(el, undefined, { renderer: 'svg', locale: 'EN' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // The page's font by name: ECharts measures labels with it, so they are laid out as drawn.
    const fontFamily = box.current ? getComputedStyle(box.current).fontFamily : undefined;
    chart.current?.setOption({ color: PALETTE, textStyle: { fontFamily }, ...option }, true);
  }, [option]);

  return <div ref={box} className="chart" role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}

const axisNumber = (v: number) => formatNumber(v);
const tooltipValue = (unit?: string) => (v: unknown) =>
  typeof v === 'number' ? (unit === '%' ? formatPercent(v) : formatNumber(v)) : '—';

/** Bars (or lines) over categories: one series per figure, Vietnamese numbers on the axis and in the tooltip. */
export function categoryOption(categories: string[], series: ChartSeries[], opts: { unit?: string; horizontal?: boolean } = {}): ChartOption {
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { formatter: opts.unit === '%' ? (v: number) => formatPercent(v) : axisNumber },
    minInterval: opts.unit === '%' ? undefined : 1,
  };
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: { hideOverlap: true, width: opts.horizontal ? 140 : 80, overflow: 'truncate' as const },
  };
  return {
    grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
    tooltip: { trigger: 'axis', valueFormatter: tooltipValue(opts.unit) as never, confine: true },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s) =>
      s.kind === 'line'
        ? { type: 'line' as const, name: s.name, data: s.data, smooth: false, connectNulls: false }
        : { type: 'bar' as const, name: s.name, data: s.data, barMaxWidth: 28, stack: s.stack },
    ),
  };
}

/** A pie (a ring) of parts of a whole, with counts and shares in the tooltip; empty parts are left out. */
export function pieOption(parts: { name: string; value: number }[]): ChartOption {
  return {
    legend: { bottom: 0, type: 'scroll' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: ((p: { name: string; value: number; percent: number }) =>
        `${p.name}: ${formatNumber(p.value)} (${formatPercent(p.percent)})`) as never,
    },
    series: [
      {
        type: 'pie',
        radius: ['38%', '68%'],
        center: ['50%', '44%'],
        data: parts.filter((p) => p.value > 0),
        label: { formatter: ((p: { percent: number }) => formatPercent(p.percent)) as never },
      },
    ],
  };
}
