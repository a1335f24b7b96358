import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';

/** A thin ECharts wrapper: renders `option`, resizes with the window. */
export function EChart({ option, height = 280, label }: { option: echarts.EChartsOption; height?: number; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}
