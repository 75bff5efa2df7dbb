// After a save made a new version: which rounds still use the old one, and where to switch them.
import Link from "next/link";
import type { RoundUse } from "@/lib/criteria/versions";
import { RoundStatus } from "./round-status";

export function NewVersionNotice({
  version,
  setId,
  previousId,
  rounds,
}: {
  version: number;
  setId: number;
  previousId: number;
  rounds: RoundUse[];
}) {
  return (
    <div
      aria-live="polite"
      className="mb-4 rounded border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950"
    >
      <p className="font-medium">Đã lưu thành phiên bản {version}. Phiên bản cũ được giữ nguyên.</p>
      {rounds.length ? (
        <>
          <p className="mt-1">Các đợt đánh giá vẫn dùng phiên bản cũ:</p>
          <ul className="mt-1 list-disc pl-5">
            {rounds.map((r) => (
              <li key={r.id}>
                {r.name} <RoundStatus status={r.status} />
              </li>
            ))}
          </ul>
          <p className="mt-1">
            Đợt đang chuẩn bị hoặc đang tự đánh giá chỉ chuyển sang phiên bản mới khi bạn chọn “Chuyển sang
            phiên bản {version}” trên{" "}
            <Link className="underline" href={`/tieu-chi/${setId}`}>
              trang bộ tiêu chí
            </Link>
            .
          </p>
        </>
      ) : (
        <p className="mt-1">
          Không đợt đánh giá nào dùng{" "}
          <Link className="underline" href={`/tieu-chi/${previousId}`}>
            phiên bản cũ
          </Link>
          .
        </p>
      )}
    </div>
  );
}
