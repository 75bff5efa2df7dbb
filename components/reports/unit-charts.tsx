"use client";
// The unit profile's charts. Each is hidden from screen readers: the same figures are in the
// table next to it.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const nf = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fmt = (v: unknown) => (typeof v === "number" ? nf.format(v) : "—");

export type TrendPoint = { year: string; index: number | null; rank: number | null };

export function TrendChart({ points, groupSize }: { points: TrendPoint[]; groupSize: number }) {
  const low = Math.max(
    0,
    Math.floor(Math.min(100, ...points.filter((p) => p.index !== null).map((p) => p.index!)) / 10) * 10 - 10,
  );
  const indexTicks = Array.from({ length: Math.floor((100 - low) / 10) + 1 }, (_, i) => low + i * 10);
  const rankTicks = [...new Set([1, Math.ceil(groupSize / 2), Math.max(groupSize, 2)])];
  return (
    <div className="h-64" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          accessibilityLayer={false}
          data={points}
          margin={{ top: 14, right: 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="index" domain={[low, 100]} ticks={indexTicks} tick={{ fontSize: 11 }} width={36} />
          <YAxis
            yAxisId="rank"
            orientation="right"
            reversed
            allowDecimals={false}
            domain={[1, Math.max(groupSize, 2)]}
            ticks={rankTicks}
            tick={{ fontSize: 11 }}
            width={30}
          />
          <Tooltip formatter={(v, name) => [name === "Thứ hạng" ? String(v) : fmt(v), name]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            yAxisId="index"
            type="monotone"
            dataKey="index"
            name="Chỉ số"
            stroke="#1e40af"
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            yAxisId="rank"
            type="monotone"
            dataKey="rank"
            name="Thứ hạng"
            stroke="#b45309"
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export type FieldBar = { field: string; unit: number | null; average: number | null };

export function FieldCompareChart({ bars }: { bars: FieldBar[] }) {
  return (
    <div className="h-72" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="field" tick={{ fontSize: 12 }} interval={0} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} width={36} />
          <Tooltip formatter={(v, name) => [fmt(v), name]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="unit" name="Đơn vị" fill="#1e40af" isAnimationActive={false} />
          <Bar
            dataKey="average"
            name="Bình quân khối"
            fill="#94a3b8"
            stroke="#475569"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
