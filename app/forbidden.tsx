import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <p className="text-5xl font-bold text-slate-300">403</p>
      <h1 className="mt-2 text-xl font-semibold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-2 text-slate-600">
        Trang này dành cho vai trò khác hoặc dữ liệu của đơn vị khác. Nếu cần quyền, vui lòng liên hệ Sở Nội
        vụ.
      </p>
      <Link href="/tong-quan" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white">
        Về trang Tổng quan
      </Link>
    </main>
  );
}
