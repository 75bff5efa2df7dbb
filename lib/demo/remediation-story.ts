// What the demo's inspections and remediation plans tell (seeds 000 and 001 are the story), before
// and after the reorganisation of 1/7/2025: inspections record shortcomings; units plan fixes for
// lost points and findings; one unit reports back, another (like seed 000's department) does not;
// open items of units that ended pass to their successors, who carry them to the end.
import type { Severity } from "../inspections/inspection-input";
import type { RemediationStatus } from "../remediation/status";

export type FindingDef = {
  text: string;
  code: string | null;
  severity: Severity;
  action: string;
  due: string;
  planned?: boolean;
};
export type InspectionDef = {
  unit: string;
  decision: string;
  decisionDate: string;
  visit: string;
  notes: string;
  findings: FindingDef[];
};

export const INSPECTIONS: InspectionDef[] = [
  {
    unit: "SO_LDTBXH",
    decision: "512/QĐ-UBND",
    decisionDate: "2023-04-03",
    visit: "2023-09-20",
    notes: "Kiểm tra theo Kế hoạch kiểm tra công tác CCHC năm 2023.",
    findings: [
      {
        text: "Chưa ban hành Kế hoạch số hóa kết quả giải quyết thủ tục hành chính năm 2023",
        code: "7.5",
        severity: "MEDIUM",
        action: "Ban hành kế hoạch số hóa, phân công bộ phận một cửa thực hiện",
        due: "2023-12-31",
        planned: true,
      },
      {
        text: "Hồ sơ trễ hạn có thư xin lỗi nhưng chưa kịp thời",
        code: "3.3",
        severity: "HIGH",
        action: "Ban hành thư xin lỗi trước ngày hẹn trả ít nhất 01 ngày",
        due: "2023-11-30",
        planned: true,
      },
    ],
  },
  {
    unit: "SO_TP",
    decision: "512/QĐ-UBND",
    decisionDate: "2023-04-03",
    visit: "2023-10-12",
    notes: "",
    findings: [
      {
        text: "Chưa duy trì đăng tin, bài CCHC trên Trang thông tin điện tử bảo đảm trung bình 4 tin, bài/tháng",
        code: "1.4",
        severity: "LOW",
        action: "Phân công cán bộ phụ trách chuyên mục CCHC, đăng tối thiểu 4 tin, bài/tháng",
        due: "2024-03-31",
        planned: true,
      },
    ],
  },
  {
    unit: "H_DL",
    decision: "784/QĐ-UBND",
    decisionDate: "2024-04-19",
    visit: "2024-05-10",
    notes: "Đoàn làm việc với lãnh đạo UBND huyện và các phòng chuyên môn.",
    findings: [
      {
        text: "Từ đầu năm đến thời điểm kiểm tra chưa tiếp nhận hồ sơ trực tuyến dù đã tuyên truyền",
        code: "7.4",
        severity: "HIGH",
        action: "Hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa",
        due: "2024-09-30",
        planned: true,
      },
    ],
  },
  {
    unit: "SO_TTTT",
    decision: "784/QĐ-UBND",
    decisionDate: "2024-04-19",
    visit: "2024-08-14",
    notes: "Tiếp đoàn có Giám đốc Sở và lãnh đạo các phòng chuyên môn.",
    findings: [
      {
        text: "Kế hoạch CCHC chưa đề ra sản phẩm cụ thể, tiến độ thời gian triển khai",
        code: "1.1",
        severity: "MEDIUM",
        action: "Sửa đổi kế hoạch CCHC: nêu sản phẩm và thời hạn của từng nhiệm vụ",
        due: "2024-10-31",
        planned: true,
      },
      {
        text: "Chưa có văn bản chỉ đạo, chấn chỉnh công tác CCHC sau kiểm tra",
        code: null,
        severity: "HIGH",
        action: "Ban hành văn bản chỉ đạo khắc phục sau kiểm tra",
        due: "2024-09-30",
        planned: true,
      },
      {
        text: "Chưa cập nhật đầy đủ kết quả giải quyết phản ánh, kiến nghị vào Sổ tiếp nhận",
        code: "3.4",
        severity: "LOW",
        action: "Cập nhật đầy đủ sổ tiếp nhận, xử lý phản ánh, kiến nghị",
        due: "2024-12-31",
      },
    ],
  },
  // after the reorganisation: the enlarged department and a new commune
  {
    unit: "SO_KHCN",
    decision: "356/QĐ-UBND",
    decisionDate: "2026-03-10",
    visit: "2026-05-21",
    notes: "Kiểm tra lần đầu sau khi hợp nhất chức năng thông tin và truyền thông vào Sở.",
    findings: [
      {
        text: "Kế hoạch CCHC năm 2026 chưa bao quát nhiệm vụ chuyển đổi số tiếp nhận từ Sở Thông tin và Truyền thông",
        code: "1.1",
        severity: "MEDIUM",
        action: "Bổ sung kế hoạch CCHC: nhiệm vụ chuyển đổi số, sản phẩm và thời hạn",
        due: "2026-09-30",
        planned: true,
      },
      {
        text: "Chưa kiện toàn bộ phận một cửa sau khi sắp xếp tổ chức bộ máy",
        code: "3.6",
        severity: "HIGH",
        action: "Ban hành quyết định kiện toàn bộ phận một cửa",
        due: "2026-08-31",
        planned: true,
      },
    ],
  },
  {
    unit: "XA_DOLUONG",
    decision: "356/QĐ-UBND",
    decisionDate: "2026-03-10",
    visit: "2026-06-11",
    notes: "Làm việc với Chủ tịch UBND xã và Trung tâm phục vụ hành chính công xã.",
    findings: [
      {
        text: "Tỷ lệ số hóa hồ sơ tiếp nhận từ các xã cũ còn thấp",
        code: "7.5",
        severity: "MEDIUM",
        action: "Số hóa hồ sơ, kết quả giải quyết TTHC của các xã trước sắp xếp",
        due: "2026-12-31",
        planned: true,
      },
    ],
  },
  {
    unit: "SO_NV",
    decision: "356/QĐ-UBND",
    decisionDate: "2026-03-10",
    visit: "2026-04-28",
    notes: "",
    findings: [
      {
        text: "Chưa cập nhật vị trí việc làm sau khi tiếp nhận chức năng lao động, người có công",
        code: "5.1",
        severity: "MEDIUM",
        action: "Trình phê duyệt điều chỉnh vị trí việc làm",
        due: "2026-07-31",
        planned: true,
      },
    ],
  },
];

/**
 * A unit's plan for a year's results: the statuses of its items (lost points first, then planned
 * findings). `clock`: "history" plans run on fixed dates in the year after their results; "now"
 * plans (2025 results, published in April 2026) on dates relative to today, so that the bell of the
 * demo accounts' unit (`bell`) shows one overdue item and one due this week.
 */
export type PlanSpec = {
  unit: string;
  year: number;
  statuses: RemediationStatus[];
  author: string;
  reported?: boolean;
  bell?: boolean;
};

export const PLANS: PlanSpec[] = [
  {
    unit: "SO_TTTT",
    year: 2023,
    statuses: ["VERIFIED", "VERIFIED", "IN_PROGRESS", "REOPENED", "PLANNED"],
    author: "thutruong",
  },
  {
    unit: "SO_LDTBXH",
    year: 2023,
    statuses: ["VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED"],
    author: "admin",
    reported: true,
  },
  { unit: "SO_TP", year: 2023, statuses: ["VERIFIED", "VERIFIED", "VERIFIED"], author: "thutruong.tp" },
  { unit: "SO_YT", year: 2023, statuses: ["VERIFIED", "VERIFIED", "VERIFIED"], author: "admin" },
  { unit: "H_DL", year: 2023, statuses: ["VERIFIED", "VERIFIED", "VERIFIED"], author: "canbo.dl" },
  { unit: "X_031", year: 2024, statuses: ["VERIFIED", "IN_PROGRESS", "PLANNED"], author: "canbo.dl" },
  { unit: "SO_GTVT", year: 2024, statuses: ["VERIFIED", "IN_PROGRESS"], author: "admin" },
  {
    unit: "SO_KHCN",
    year: 2025,
    statuses: ["VERIFIED", "DONE", "IN_PROGRESS", "REOPENED", "PLANNED"],
    author: "thutruong",
    bell: true,
  },
  {
    unit: "SO_NV",
    year: 2025,
    statuses: ["VERIFIED", "VERIFIED", "DONE", "DONE"],
    author: "admin",
    reported: true,
  },
  { unit: "SO_TP", year: 2025, statuses: ["VERIFIED", "IN_PROGRESS", "PLANNED"], author: "thutruong.tp" },
  { unit: "SO_YT", year: 2025, statuses: ["IN_PROGRESS", "PLANNED", "PLANNED"], author: "admin" },
  { unit: "SO_CT", year: 2025, statuses: ["DONE", "IN_PROGRESS", "PLANNED"], author: "admin" },
  { unit: "XA_DOLUONG", year: 2025, statuses: ["IN_PROGRESS", "PLANNED", "DONE"], author: "canbo.dl" },
];

/**
 * What the successor did with the items it received on 1/7/2025, in the order they were carried
 * (`deadline`: days from today): finished, one awaiting verification, one still open.
 */
export const CARRIED: Record<
  string,
  { status: RemediationStatus; deadline: number; doneAt?: string; verifiedAt?: string }[]
> = {
  SO_TTTT: [
    { status: "VERIFIED", deadline: -200, doneAt: "2025-10-20", verifiedAt: "2025-11-14" },
    { status: "DONE", deadline: -90, doneAt: "2026-02-10" },
    { status: "IN_PROGRESS", deadline: 40 },
  ],
  X_031: [
    { status: "VERIFIED", deadline: -250, doneAt: "2025-09-25", verifiedAt: "2025-10-30" },
    { status: "IN_PROGRESS", deadline: 25 },
  ],
  SO_GTVT: [{ status: "DONE", deadline: -300, doneAt: "2025-12-15" }],
};

export const OWNERS = [
  "Văn phòng Sở",
  "Phòng Hành chính - Tổng hợp",
  "Bộ phận một cửa",
  "Phó Giám đốc phụ trách CCHC",
  "Phòng Kế hoạch - Tài chính",
];
export const OWNERS_LOCAL = [
  "Văn phòng HĐND và UBND",
  "Bộ phận một cửa",
  "Phó Chủ tịch UBND phụ trách CCHC",
  "Công chức Tư pháp - Hộ tịch",
];
