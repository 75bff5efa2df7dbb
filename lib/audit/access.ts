// Where a refused access was aimed, from the target string the guards record
// (lib/auth/session.ts, route.ts, action.ts, lib/assessment/*): "page:unit:SNV", "route:/api/…",
// "values:3:12"… Pure.
import { PERMISSION_LABELS, permissionLabel } from "./labels";

const PAGES: Record<string, (rest: string) => string> = {
  unit: (code) => `Trang đơn vị ${code}`,
  inspection: (id) => `Trang đợt kiểm tra số ${id}`,
  "plan-task": (id) => `Trang nhiệm vụ kế hoạch số ${id}`,
  "remediation-plan": (code) => `Trang kế hoạch khắc phục của đơn vị ${code}`,
  result: (rest) => {
    const [round, unit] = rest.split("/");
    return unit ? `Trang kết quả của đơn vị ${unit}, đợt số ${round}` : `Trang kết quả đợt số ${rest}`;
  },
};

const round = (rest: string) => (rest.split(":")[0] ? ` (đợt số ${rest.split(":")[0]})` : "");
const WRITES: Record<string, (rest: string) => string> = {
  values: (rest) => `Lưu giá trị tự đánh giá${round(rest)}`,
  submit: (rest) => `Nộp hồ sơ tự đánh giá${round(rest)}`,
  evidence: (rest) =>
    rest.includes(":") ? `Thêm tài liệu kiểm chứng${round(rest)}` : `Xoá tài liệu kiểm chứng số ${rest}`,
  attachment: (id) => `Tải tệp kiểm chứng số ${id}`,
};

/** "Trang đơn vị SNV", "Đường dẫn /api/ho-so", "Lưu giá trị tự đánh giá (đợt số 3)"… */
export function describeAccess(target: string | null, permission: string | null): string {
  if (!target) return "Không rõ";
  const [kind, ...parts] = target.split(":");
  const rest = parts.join(":");
  if (kind === "route") return `Đường dẫn ${rest}`;
  if (kind === "action") return `Thao tác: ${permissionLabel(rest || permission || "")}`;
  if (kind === "page") {
    // the page named only by the permission it needs, shown beside it
    if (rest in PERMISSION_LABELS || rest === permission) return "Trang web";
    const [page, ...id] = rest.split(":");
    const known = PAGES[page!];
    return known ? known(id.join(":")) : `Trang ${rest}`;
  }
  const write = WRITES[kind!];
  return write ? write(rest) : target;
}
