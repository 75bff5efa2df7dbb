// Vietnamese labels for stored codes, shared by pages and exports.
export const UNIT_TYPE_LABELS: Record<string, string> = {
  SO: "Sở, ban, ngành",
  HUYEN: "UBND cấp huyện",
  XA: "UBND cấp xã",
  NGANH_DOC: "Cơ quan ngành dọc",
  DVSN: "Đơn vị sự nghiệp",
};
export const LEVEL_LABELS: Record<string, string> = { tinh: "Cấp tỉnh", huyen: "Cấp huyện", xa: "Cấp xã" };
/** case channels as the case file numbers them */
export const CHANNEL_LABELS: Record<string, string> = {
  "1": "Trực tiếp",
  "2": "Trực tuyến",
  "3": "Bưu chính công ích",
};
export const GROUP_LABELS: Record<string, string> = {
  SO: "Khối sở, ban, ngành",
  HUYEN: "Khối huyện, thị xã, thành phố",
  XA: "Khối xã, phường, thị trấn",
  NGANH_DOC: "Khối cơ quan ngành dọc",
  DVSN: "Khối đơn vị sự nghiệp",
};
export const ROUND_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Đang chuẩn bị",
  OPEN: "Đang tự đánh giá",
  APPRAISAL: "Đang thẩm định",
  PUBLISHED: "Đã công bố",
};
export const groupLabel = (g: string) => GROUP_LABELS[g] ?? `Khối ${g}`;

/** Figures computed from records that a criterion can take its input from (lib/queries/metrics.ts). */
export const METRIC_LABELS: Record<string, string> = {
  "cases.onTimeRate": "Tỷ lệ hồ sơ TTHC giải quyết đúng và sớm hạn",
  "cases.onlineRate": "Tỷ lệ hồ sơ TTHC nộp trực tuyến",
  "cases.apologyInTimeRate": "Tỷ lệ hồ sơ trễ hạn có thư xin lỗi gửi đúng hạn",
  "services.onlineRate": "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình",
  "services.anyOnlineRate": "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến (toàn trình hoặc một phần)",
  "plan.completionRate": "Tỷ lệ hoàn thành nhiệm vụ kế hoạch CCHC",
  "plan.onTimeRate": "Tỷ lệ nhiệm vụ kế hoạch CCHC hoàn thành đúng hạn",
  "qd766.total": "Điểm Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766), thang 100",
  "qd766.congKhai": "QĐ 766: điểm nhóm công khai, minh bạch (tối đa 18)",
  "qd766.tienDo": "QĐ 766: điểm nhóm tiến độ, kết quả giải quyết (tối đa 20)",
  "qd766.trucTuyen": "QĐ 766: điểm nhóm cung cấp dịch vụ công trực tuyến (tối đa 22)",
  "qd766.soHoa": "QĐ 766: điểm nhóm số hóa hồ sơ (tối đa 22)",
  "qd766.haiLong": "QĐ 766: điểm nhóm mức độ hài lòng (tối đa 18)",
};
export const metricLabel = (key: string) => METRIC_LABELS[key] ?? key;

/** A unit's self-assessment in a round: its submission's status, "Chưa bắt đầu" when it has none yet. */
export const SUBMISSION_STATUS_LABELS: Record<string, string> = { DRAFT: "Đang soạn", SUBMITTED: "Đã nộp" };
export const submissionStatusLabel = (status: string | null | undefined) =>
  status ? (SUBMISSION_STATUS_LABELS[status] ?? status) : "Chưa bắt đầu";

export const levelLabel = (k: string | number) => LEVEL_LABELS[String(k)] ?? String(k);
export const channelLabel = (k: string | number) => CHANNEL_LABELS[String(k)] ?? String(k);
/** "2024-03" → "Tháng 3/2024" */
export const monthLabel = (k: string | number) => {
  const [y, m] = String(k).split("-");
  return `Tháng ${Number(m)}/${y}`;
};

/** the case dashboard's filter on apology letters (?thu=) */
export const APOLOGY_FILTERS: Record<string, string> = {
  none: "Chưa có thư xin lỗi",
  sent: "Đã gửi thư",
  inTime: "Gửi thư đúng hạn",
  notInTime: "Gửi thư không đúng hạn",
};

/** where a web import of case records stands (ImportJob.status) */
export const IMPORT_STATUS_LABELS: Record<string, string> = {
  queued: "Đang chờ",
  running: "Đang đọc và kiểm tra",
  merging: "Đang ghi",
  done: "Đã nhập",
  failed: "Có dòng lỗi, không ghi gì",
  error: "Không hoàn thành",
};

/** where a leaf's value in a result came from (lib/results/unit-detail.ts InputSource) */
export const INPUT_SOURCE_LABELS: Record<string, string> = {
  appraised: "Thẩm định",
  self: "Tự đánh giá",
  records: "Từ dữ liệu hồ sơ",
  survey: "Khảo sát",
  missing: "Thiếu",
};
