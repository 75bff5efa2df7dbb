"use client";
// The on-time rate per group as bars from 0 % (a bar's length is the rate, not a stretched
// difference); the same figures are in the table named by `tableId`.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const pct = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function RateChart({
  data,
  tableId,
  title,
}: {
  data: { label: string; rate: number | null; late: number }[];
  tableId: string;
  title: string;
}) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" aria-describedby={tableId}>
      <figcaption className="mb-2 text-sm font-medium">
        {title} <span className="font-normal text-slate-500">(số liệu chi tiết trong bảng bên cạnh)</span>
      </figcaption>
      <div className="h-64" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 11 }}
              interval={0}
              angle={data.length > 6 ? -30 : 0}
              textAnchor={data.length > 6 ? "end" : "middle"}
              height={data.length > 6 ? 60 : 30}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 20, 40, 60, 80, 100]}
              tickFormatter={(v: number) => `${v} %`}
              width={48}
              tick={{ fontSize: 11 }}
            />
            <Tooltip formatter={(v) => [`${pct.format(Number(v))} %`, "Đúng và sớm hạn"]} />
            <Bar dataKey="rate" fill="#1d4ed8" name="Tỷ lệ đúng và sớm hạn" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
