import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { unitByCode } from "@/lib/units/queries";
import { unitQd766 } from "@/lib/queries/qd766/unit-qd766";
import { PageHeader } from "@/components/ui/page-header";
import { YearPicker } from "@/components/cases/year-picker";
import { UnitQd766Section } from "@/components/qd766/unit-qd766-section";

export const metadata: Metadata = { title: "Chỉ số QĐ 766 của đơn vị" };

/** A unit's QĐ 766 service index: official scores beside computed ones, by month and by year (issue 13). */
export default async function UnitQd766Page({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { code } = await params;
  const unit = await unitByCode(decodeURIComponent(code));
  if (!unit) notFound();
  await requirePermission("units:read", unit.id, `unit:${unit.code}`);
  const thisYear = new Date().getFullYear();
  const asked = Number((await searchParams).nam);
  const year = Number.isInteger(asked) && asked >= 2019 && asked <= thisYear ? asked : thisYear;
  const data = await unitQd766(unit.id, year);
  const years = Array.from(new Set([...data.years.map((y) => y.year), year])).sort((a, b) => b - a);
  return (
    <>
      <PageHeader
        title={`${unit.name}: Chỉ số QĐ 766`}
        description="Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công"
        actions={<YearPicker years={years} year={year} />}
      />
      <p className="text-sm">
        <Link className="underline" href={`/don-vi/${encodeURIComponent(unit.code)}`}>
          ← Hồ sơ đơn vị
        </Link>
      </p>
      <UnitQd766Section data={data} />
    </>
  );
}
