import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/api-tokens/api-tokens";
import { fmtDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { IssueTokenForm } from "@/components/api-tokens/issue-token-form";
import { RevokeTokenButton } from "@/components/api-tokens/revoke-token-button";
import { unitChoices } from "@/lib/units/queries";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Mã truy cập API" };

export default async function ApiTokensPage() {
  await requirePermission("tokens:manage");
  const [tokens, units] = await Promise.all([listApiTokens(), unitChoices()]);
  return (
    <>
      <PageHeader
        title="Mã truy cập API"
        description={
          <>
            Cấp và thu hồi mã cho các hệ thống một cửa gửi hồ sơ qua <code>POST /api/v1/cases</code>.{" "}
            <Link className="text-brand-700 underline" href="/api/v1/openapi.json">
              Mô tả OpenAPI
            </Link>
          </>
        }
      />
      <h2 className="mb-2 text-lg font-semibold">Cấp mã mới</h2>
      <IssueTokenForm units={units} />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Các mã đã cấp ({tokens.length})</h2>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Tên</th>
              <th className="p-2">Tiền tố</th>
              <th className="p-2">Đơn vị</th>
              <th className="p-2">Cấp lúc</th>
              <th className="p-2">Dùng lần cuối</th>
              <th className="p-2">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-slate-100">
                <td className="p-2">{t.name}</td>
                <td className="p-2 font-mono">{t.prefix}…</td>
                <td className="p-2">{t.unit?.name ?? "Mọi đơn vị"}</td>
                <td className="p-2">{fmtDateTime(t.createdAt)}</td>
                <td className="p-2">{fmtDateTime(t.lastUsedAt)}</td>
                <td className="p-2">
                  {t.revokedAt ? (
                    <span className="text-slate-500">Đã thu hồi {fmtDateTime(t.revokedAt)}</span>
                  ) : (
                    <RevokeTokenButton id={t.id} label={t.name} />
                  )}
                </td>
              </tr>
            ))}
            {tokens.length === 0 ? (
              <tr>
                <td className="p-4 text-slate-500" colSpan={6}>
                  Chưa cấp mã nào.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
