import { TONES } from "@/lib/reports/colour-scale";

/** What the cell colours mean. */
export function IndexLegend() {
  return (
    <ul className="flex flex-wrap gap-2 text-xs" aria-label="Chú giải màu chỉ số thành phần">
      {TONES.map(({ tone }) => (
        <li
          key={tone.label}
          className="rounded border px-2 py-0.5"
          style={{ backgroundColor: tone.bg, color: tone.fg, borderColor: tone.mark }}
        >
          {tone.label}
        </li>
      ))}
    </ul>
  );
}
