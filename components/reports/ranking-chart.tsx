"use client";
// The league table as horizontal bars, coloured by classification. The same figures are in the
// table below the chart (and in the league table itself). The value axis starts at 0, so a bar's
// length is proportional to the index; unit names wrap onto two lines rather than being cut.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type RankingBar = { name: string; index: number; colour: string; classification: string };

const nf = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const LINE = 30;

/** Up to two lines of at most LINE characters, broken between words; only a longer name is shortened. */
export function nameLines(name: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of name.split(/\s+/)) {
    if (line && `${line} ${word}`.length > LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(" ");
  return [lines[0]!, second.length > LINE ? `${second.slice(0, LINE - 1)}…` : second];
}

function NameTick({
  x = 0,
  y = 0,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}) {
  const lines = nameLines(String(payload?.value ?? ""));
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={11} fill="#475569">
      {lines.map((l, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? (lines.length > 1 ? -2 : 4) : 12}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

export function RankingChart({ bars, average }: { bars: RankingBar[]; average: number | null }) {
  return (
    <div style={{ height: Math.max(160, bars.length * 32 + 40) }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={bars}
          layout="vertical"
          margin={{ top: 22, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={180} tick={NameTick} interval={0} />
          <Tooltip
            formatter={(v, _n, p) => [
              `${nf.format(Number(v))} (${(p.payload as RankingBar).classification})`,
              "Chỉ số",
            ]}
          />
          {average !== null ? (
            <ReferenceLine
              x={average}
              stroke="#334155"
              strokeDasharray="4 2"
              label={{
                value: `Bình quân ${nf.format(average)}`,
                position: "top",
                fontSize: 11,
                fill: "#334155",
              }}
            />
          ) : null}
          <Bar dataKey="index" name="Chỉ số CCHC" isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.name} fill={b.colour} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
