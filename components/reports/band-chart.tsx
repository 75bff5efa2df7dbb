"use client";
// Units per index band as bars; the same counts are in the table behind it.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function BandChart({ bars }: { bars: { label: string; count: number; colour: string }[] }) {
  return (
    <div className="h-56" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={32} />
          <Tooltip formatter={(v) => [String(v), "Số đơn vị"]} />
          <Bar dataKey="count" name="Số đơn vị" isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.label} fill={b.colour} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
