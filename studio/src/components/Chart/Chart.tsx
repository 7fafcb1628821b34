import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  kind?: 'bar' | 'line';
  /** One value per category; null where there is nothing to show (a rate over zero requests). */
  values: (number | null)[];
}

export interface ChartProps {
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Shown on the value axis, e.g. '%'. */
  unit?: string;
  testId?: string;
}

/** An ECharts bar/line chart. `data-points` counts the non-empty values, so a test can see the chart has data. */
export function Chart({ title, categories, series, unit, testId }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: EChartsCoreOption = {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', axisLabel: { formatter: unit ? `{value}${unit}` : '{value}' } },
      series: series.map((s) => ({ name: s.name, type: s.kind ?? 'bar', data: s.values, connectNulls: true })),
    };
    chart.current?.setOption(option, true);
  }, [categories, series, unit]);

  const points = series.reduce((n, s) => n + s.values.filter((v) => v !== null && v !== 0).length, 0);
  return (
    <figure className="chart" data-testid={testId} data-points={points}>
      <figcaption>{title}</figcaption>
      <div ref={element} className="chart-canvas" style={{ width: '100%', height: 260 }} />
    </figure>
  );
}
