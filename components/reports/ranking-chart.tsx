"use client";
// The league table as horizontal bars, coloured by classification. The same figures are in the
// table below the chart (and in the league table itself).
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type RankingBar = { name: string; index: number; colour: string; classification: string };

const nf = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const short = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);

export function RankingChart({ bars, average }: { bars: RankingBar[]; average: number | null }) {
  const min = Math.max(0, Math.floor(Math.min(...bars.map((b) => b.index), 100) / 10) * 10 - 10);
  return (
    <div style={{ height: Math.max(160, bars.length * 26 + 40) }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ top: 22, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[min, 100]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 11, width: 400 }} tickFormatter={short} interval={0} />
          <Tooltip formatter={(v, _n, p) => [`${nf.format(Number(v))} (${(p.payload as RankingBar).classification})`, "Chỉ số"]} />
          {average !== null ? <ReferenceLine x={average} stroke="#334155" strokeDasharray="4 2" label={{ value: `Bình quân ${nf.format(average)}`, position: "top", fontSize: 11, fill: "#334155" }} /> : null}
          <Bar dataKey="index" name="Chỉ số CCHC" isAnimationActive={false}>
            {bars.map((b) => <Cell key={b.name} fill={b.colour} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
