import { fmtDate } from "@/lib/format";

/** Where the figures come from: a published version, or computed now ("tạm tính"). */
export function ResultSource({
  data,
}: {
  data: { kind: "published" | "live"; version: number | null; publishedAt: Date | null; imported?: boolean };
}) {
  if (data.imported)
    return <span>Kết quả nhập từ phần mềm trước, công bố ngày {fmtDate(data.publishedAt)}</span>;
  if (data.kind === "published")
    return (
      <span>
        Đã công bố ngày {fmtDate(data.publishedAt)}
        {data.version && data.version > 1 ? ` (điều chỉnh lần ${data.version - 1})` : ""}
      </span>
    );
  return <strong className="font-semibold text-amber-900">Tạm tính, chưa công bố</strong>;
}

export function ProvisionalNote() {
  return (
    <p role="note" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <strong>Kết quả tạm tính.</strong> Đợt đánh giá này chưa công bố: điểm được tính ngay từ số liệu hiện có
      (điểm thẩm định nếu đã thẩm định, nếu chưa thì điểm tự đánh giá; điều tra xã hội học chưa nhập tính 0
      điểm) và có thể thay đổi.
    </p>
  );
}
