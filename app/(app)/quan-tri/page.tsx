import type { Metadata } from "next";
import Link from "next/link";
import { ssoState } from "@/lib/auth/sso";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/users";
import { unitChoices } from "@/lib/units/queries";
import { fmtDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRow } from "@/components/admin/user-row";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Quản trị" };

export default async function AdminPage() {
  await requirePermission("users:manage");
  const [users, units, sso] = await Promise.all([listUsers(), unitChoices(), ssoState()]);
  return (
    <>
      <PageHeader
        title="Quản trị tài khoản"
        description="Tài khoản, vai trò và đơn vị của người dùng"
        actions={
          <>
            <Link
              className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
              href="/quan-tri/api-tokens"
            >
              Mã truy cập API
            </Link>
            <Link
              className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
              href="/quan-tri/nhat-ky"
            >
              Nhật ký thay đổi
            </Link>
            <Link
              className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm"
              href="/quan-tri/thu-da-gui"
            >
              Thư thông báo
            </Link>
          </>
        }
      />
      <p
        role="note"
        data-testid="sso-state"
        className={`mb-4 rounded border p-3 text-sm ${sso.state === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-slate-300 bg-slate-50"}`}
      >
        {sso.message}
      </p>
      <h2 className="mb-2 text-lg font-semibold">Thêm tài khoản</h2>
      <CreateUserForm units={units} />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Danh sách tài khoản ({users.length})</h2>
      <TableScroll className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">Tên đăng nhập</th>
              <th className="p-2">Họ và tên</th>
              <th className="p-2" colSpan={4}>
                Vai trò · Đơn vị · Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                units={units}
                user={{
                  id: u.id,
                  username: u.username,
                  name: u.name,
                  role: u.role,
                  unitId: u.unitId,
                  active: u.active,
                  lastLogin: fmtDateTime(u.lastLoginAt),
                }}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
