import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <h1 className="mt-2 text-xl font-semibold">Không tìm thấy trang</h1>
      <Link href="/tong-quan" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white">
        Về trang Tổng quan
      </Link>
    </main>
  );
}
