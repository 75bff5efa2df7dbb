"use client";
// Official and computed QĐ 766 totals over time. Hidden from screen readers: the table beside it
// holds the same figures.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const nf = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export type Qd766Point = { label: string; official: number | null; computed: number | null };

export function Qd766Chart({ points }: { points: Qd766Point[] }) {
  return (
    <div className="h-56" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          accessibilityLayer={false}
          data={points}
          margin={{ top: 10, right: 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} width={36} />
          <Tooltip formatter={(v, name) => [typeof v === "number" ? nf.format(v) : "—", name]} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            type="monotone"
            dataKey="official"
            name="Chính thức (Cổng DVCQG)"
            stroke="#1e40af"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            type="monotone"
            dataKey="computed"
            name="Tính từ dữ liệu (thang 100)"
            stroke="#b45309"
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={{ r: 3 }}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
