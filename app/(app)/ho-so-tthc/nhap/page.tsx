import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { CaseNav } from "@/components/cases/case-nav";
import { CaseImportForm } from "@/components/cases/import-form";
import { CASE_COLUMNS, REQUIRED_CASE_COLUMNS } from "@/lib/cases/case-row";
import { importJobView, recentImports } from "@/lib/cases/import-job";
import { RecentImports } from "@/components/cases/recent-imports";

export const metadata: Metadata = { title: "Nhập hồ sơ TTHC" };

export default async function CaseImportPage() {
  const user = await requirePermission("cases:import");
  const jobs = await recentImports();
  // the user's own import still under way: the form follows it after a reload
  const mine = jobs.find(
    (j) => j.createdById === user.id && ["queued", "running", "merging"].includes(j.status),
  );
  const current = mine ? await importJobView(mine.id) : null;
  return (
    <>
      <PageHeader
        title="Nhập hồ sơ TTHC"
        description="Tất cả hoặc không có gì: một dòng lỗi thì không ghi dòng nào, và mọi dòng lỗi được liệt kê. Nhập lại cùng tệp không thay đổi gì."
      />
      <CaseNav current="/ho-so-tthc/nhap" canImport />
      <CaseImportForm current={current} />
      <RecentImports jobs={jobs} />
      <section className="mt-6 text-sm text-slate-700">
        <h2 className="mb-1 font-semibold">Cấu trúc tệp</h2>
        <p>
          Dòng đầu là tiêu đề với các cột:{" "}
          {CASE_COLUMNS.map((c, i) => (
            <span key={c}>
              {i ? ", " : ""}
              <code>
                {c}
                {REQUIRED_CASE_COLUMNS.includes(c) ? "*" : ""}
              </code>
            </span>
          ))}{" "}
          (* bắt buộc).
        </p>
        <p className="mt-1">
          Ngày theo giờ Việt Nam: <code>YYYY-MM-DD</code>, <code>YYYY-MM-DDTHH:mm</code>,{" "}
          <code>dd/mm/yyyy</code> hoặc <code>dd/mm/yyyy HH:mm</code>. Kênh: 1 trực tiếp, 2 trực tuyến, 3 bưu
          chính công ích.
        </p>
        <p className="mt-1">
          Tệp rất lớn: dùng lệnh <code>npm run cchc -- import cases TỆP</code>.
        </p>
      </section>
    </>
  );
}
