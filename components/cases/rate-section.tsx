// One grouping of the case figures: the on-time rate as a chart beside the table of its figures
// (the table is the chart's accessible counterpart, named by the chart).
import type { CaseReportRow } from "@/lib/queries/cases/case-report";
import { FiguresTable } from "@/components/cases/figures-table";
import { RateChart } from "@/components/cases/rate-chart";

export function RateSection({
  heading,
  id,
  chartTitle,
  caption,
  keyHeader,
  rows,
  label,
  chartLabel = label,
}: {
  heading: string;
  id: string;
  chartTitle: string;
  caption: string;
  keyHeader: string;
  rows: CaseReportRow[];
  label: (k: string | number) => string;
  /** a shorter label under the chart's bars (T1 … T12 for months) */
  chartLabel?: (k: string | number) => string;
}) {
  return (
    <>
      <h2 className="mb-2 mt-8 text-lg font-semibold">{heading}</h2>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-5">
        <div className="xl:col-span-2">
          <RateChart
            title={chartTitle}
            tableId={id}
            data={rows.map((r) => ({ label: chartLabel(r.key), rate: r.onTimeRate, late: r.late }))}
          />
        </div>
        <div className="xl:col-span-3">
          <FiguresTable id={id} caption={caption} keyHeader={keyHeader} rows={rows} label={label} />
        </div>
      </div>
    </>
  );
}
