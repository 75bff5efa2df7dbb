"use client";
// Upload a feedback (PAKN) file; all or nothing, every bad row listed.
import { useKeptForm } from "@/components/ui/kept-form";
import { buttonClass } from "@/components/ui/field";
import { importFeedbackAction } from "./actions";

const n = new Intl.NumberFormat("vi-VN");

export function FeedbackImportForm() {
  const { state, onSubmit, pending, errors } = useKeptForm(importFeedbackAction, { resetOnSuccess: true });
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="no-print mt-6 space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="nhap-pakn"
    >
      <h2 id="nhap-pakn" className="font-semibold">
        Nhập phản ánh, kiến nghị từ tệp
      </h2>
      <p className="text-sm text-slate-600">
        Cột: <code>ma_pakn</code>, <code>ma_don_vi</code>, <code>ngay_tiep_nhan</code>, <code>han_xu_ly</code>
        , <code>ngay_xu_ly</code> (để trống khi đang xử lý), <code>kenh</code>, <code>noi_dung</code>. Tệp có
        dòng lỗi thì không nhập gì; nhập lại cùng tệp không thay đổi gì.
      </p>
      <label htmlFor="pakn-file" className="block text-sm font-medium">
        Tệp CSV hoặc XLSX
      </label>
      <input
        id="pakn-file"
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="block w-full text-sm"
        aria-describedby="pakn-result"
      />
      <div id="pakn-result" aria-live="polite" className="text-sm">
        {state?.ok ? (
          <p className="text-green-800">
            Đã nhập {n.format(state.data.rows)} phản ánh, kiến nghị: {n.format(state.data.inserted)} mới,{" "}
            {n.format(state.data.updated)} cập nhật, {n.format(state.data.unchanged)} không đổi.
          </p>
        ) : null}
        {state && !state.ok ? (
          <>
            <p className="text-red-700">{state.error}</p>
            {errors?.file?.length ? (
              <ul className="mt-1 list-disc pl-5 text-red-700">
                {errors.file.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <button className={buttonClass} disabled={pending}>
        {pending ? "Đang nhập…" : "Nhập tệp"}
      </button>
    </form>
  );
}
