import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';

const ROW_HEIGHT = 32;

/**
 * Horizontal bars of counts with their labels on the left and the figure at each bar's end (skip
 * reasons, people per nurture step): one row per entry, as tall as its rows, numbers in the
 * reader's format. Drawn inside a ChartCard, which gives the width and the text summary.
 */
export function CountBars({ width, data, name, color, format }: { width: number; data: readonly { label: string; count: number }[]; name: string; color: string; format: (n: number) => string }) {
  return (
    <BarChart width={width} height={data.length * ROW_HEIGHT + 40} data={[...data]} layout="vertical" margin={{ top: 8, right: 48, left: 0, bottom: 0 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => format(v)} tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="label" width={Math.min(200, Math.max(110, Math.round(width * 0.38)))} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip formatter={(v) => format(Number(v))} />
      <Bar dataKey="count" name={name} fill={color} isAnimationActive={false}>
        <LabelList dataKey="count" position="right" formatter={(v) => format(Number(v))} style={{ fontSize: 11, fill: '#262626' }} />
      </Bar>
    </BarChart>
  );
}
