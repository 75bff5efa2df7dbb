// The QĐ 766/QĐ-TTg service-index parts that case, procedure and feedback records support, with the
// threshold rules of domain/README.md. Pure: the figures come from lib/queries. Parts without data
// in the system say so instead of scoring 0. The online-services group (22 points) is split evenly
// between procedures offered online and online submissions (an assumption: QĐ 766 weights them
// inside the group; adjust here if the province uses other weights).
export type Qd766Figures = {
  finished: number; early: number; onTime: number; late: number; open: number; openInTime: number;
  received: number; receivedOnline: number; procedures: number; proceduresOnline: number; feedback: number;
};

export type Qd766Part = {
  key: "transparency" | "progress" | "servicesOffered" | "onlineSubmissions" | "digitisation" | "satisfaction";
  label: string; max: number; value: number | null; points: number | null; rule: string; note?: string;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (a: number, b: number) => (b > 0 ? (a / b) * 100 : null);

export function qd766Indicators(f: Qd766Figures): Qd766Part[] {
  const progress = pct(f.early + f.onTime + f.openInTime, f.finished + f.open);
  const offered = pct(f.proceduresOnline, f.procedures);
  const submissions = pct(f.receivedOnline, f.received);
  const lateRate = pct(f.late, f.finished);
  const complaintRate = pct(f.feedback, f.received);
  const satisfaction = lateRate === null || complaintRate === null ? null : Math.max(0, 100 - (lateRate + complaintRate));
  const part = (p: Omit<Qd766Part, "value" | "points">, value: number | null, points: (v: number) => number, missing: string): Qd766Part =>
    value === null ? { ...p, value: null, points: null, note: missing } : { ...p, value: round2(value), points: round2(points(value)) };
  return [
    { key: "transparency", label: "Công khai, minh bạch", max: 18, value: null, points: null, rule: "—", note: "Chưa có dữ liệu trong hệ thống" },
    part({ key: "progress", label: "Tiến độ giải quyết", max: 20, rule: "(đúng và sớm hạn + đang xử lý trong hạn) ÷ tổng số hồ sơ" },
      progress, (v) => (20 * v) / 100, "Chưa có hồ sơ trong kỳ"),
    part({ key: "servicesOffered", label: "Dịch vụ công trực tuyến được cung cấp", max: 11, rule: "≥ 80 % đạt tối đa, thấp hơn tính theo tỷ lệ" },
      offered, (v) => 11 * Math.min(1, v / 80), "Chưa có danh mục thủ tục"),
    part({ key: "onlineSubmissions", label: "Hồ sơ nộp trực tuyến", max: 11, rule: "≥ 50 % đạt tối đa, thấp hơn tính theo tỷ lệ" },
      submissions, (v) => 11 * Math.min(1, v / 50), "Chưa có hồ sơ tiếp nhận trong kỳ"),
    { key: "digitisation", label: "Số hóa hồ sơ", max: 22, value: null, points: null, rule: "≥ 80 % đạt tối đa", note: "Chưa có dữ liệu số hóa trong hệ thống" },
    {
      ...part({ key: "satisfaction", label: "Mức độ hài lòng", max: 18, rule: "100 % − (tỷ lệ trễ hạn + tỷ lệ phản ánh); ≥ 90 % đạt tối đa" },
        satisfaction, (v) => (v >= 90 ? 18 : (18 * v) / 90), "Chưa có hồ sơ đã xử lý hoặc tiếp nhận trong kỳ"),
      ...(satisfaction !== null && f.feedback === 0 ? { note: "Chưa ghi nhận phản ánh, kiến nghị nào: tỷ lệ phản ánh tính bằng 0" } : {}),
    },
  ];
}
