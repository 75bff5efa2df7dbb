// Demo criteria sets in the interfaces.md JSON format, modelled on the national eight fields:
// 70 appraised points (fields 1–7) and 30 survey points (field 8).
type Rule = Record<string, unknown> & { type: string };
type Leaf = {
  code: string;
  name: string;
  max: number;
  rule: Rule;
  metric?: string;
  appliesTo?: string[];
  bonus?: boolean;
};
type Field = { code: string; name: string; children: (Leaf | Field)[] };

const yesNo: Rule = { type: "boolean" };
const manual: Rule = { type: "manual" };
const timely: Rule = { type: "choice", options: { kip_thoi: 1, khong_kip_thoi: 0.5, khong_ban_hanh: 0 } };

export const CLASSIFICATION = [
  { label: "Xuất sắc", min: 90 },
  { label: "Tốt", min: 80 },
  { label: "Khá", min: 70 },
  { label: "Trung bình", min: 50 },
  { label: "Yếu", min: 0 },
];

function fields(year: number): Field[] {
  const onTimeBands =
    year >= 2024
      ? [
          { gte: 98, points: 4 },
          { gte: 95, lt: 98, points: 3 },
          { gte: 90, lt: 95, points: 2 },
          { lt: 90, points: 0 },
        ]
      : [
          { gte: 95, points: 4 },
          { gte: 90, lt: 95, points: 3 },
          { gte: 85, lt: 90, points: 2 },
          { lt: 85, points: 0 },
        ];
  return [
    {
      code: "1",
      name: "Công tác chỉ đạo, điều hành CCHC",
      children: [
        {
          code: "1.1",
          name: "Ban hành kế hoạch CCHC năm",
          max: 1,
          rule: { type: "choice", options: { kip_thoi: 1, khong_kip_thoi: 0.5, khong_ban_hanh: 0 } },
        },
        {
          code: "1.2",
          name: "Mức độ thực hiện kế hoạch CCHC",
          max: 2,
          metric: "plan.completionRate",
          rule: {
            type: "bands",
            bands: [
              { gt: 90, points: 2 },
              { gte: 70, lte: 90, points: 1 },
              { lt: 70, points: 0 },
            ],
          },
        },
        {
          code: "1.3",
          name: "Báo cáo CCHC định kỳ (trừ điểm mỗi báo cáo chậm)",
          max: 1.5,
          rule: { type: "deduction", perOccurrence: 0.5 },
        },
        { code: "1.4", name: "Công tác tuyên truyền CCHC", max: 1.5, rule: manual },
        {
          code: "1.5",
          name: "Kiểm tra công tác CCHC",
          children: [
            { code: "1.5.1", name: "Ban hành kế hoạch kiểm tra CCHC", max: 1, rule: yesNo },
            {
              code: "1.5.2",
              name: "Tỷ lệ đơn vị trực thuộc được kiểm tra",
              max: 1,
              rule: { type: "linear", threshold: 30 },
            },
          ],
        },
        {
          code: "1.6",
          name: "Sáng kiến, mô hình mới trong CCHC (điểm cộng)",
          max: 1,
          rule: manual,
          bonus: true,
        },
      ],
    },
    {
      code: "2",
      name: "Cải cách thể chế",
      children: [
        { code: "2.1", name: "Tham mưu xây dựng văn bản QPPL", max: 2, rule: timely },
        { code: "2.2", name: "Theo dõi thi hành pháp luật", max: 1.5, rule: yesNo },
        {
          code: "2.3",
          name: "Tỷ lệ văn bản QPPL được rà soát",
          max: 2,
          rule: {
            type: "bands",
            bands: [
              { gte: 100, points: 2 },
              { gte: 80, lt: 100, points: 1 },
              { lt: 80, points: 0 },
            ],
          },
        },
        { code: "2.4", name: "Kiểm tra, xử lý văn bản QPPL", max: 1.5, rule: manual },
      ],
    },
    {
      code: "3",
      name: "Cải cách thủ tục hành chính",
      children: [
        { code: "3.1", name: "Công bố, công khai TTHC đúng quy định", max: 2, rule: yesNo },
        {
          code: "3.2",
          name: "Tỷ lệ hồ sơ TTHC giải quyết đúng và sớm hạn",
          max: 4,
          metric: "cases.onTimeRate",
          rule: { type: "bands", bands: onTimeBands },
        },
        {
          code: "3.3",
          name: "Tỷ lệ hồ sơ trễ hạn có thư xin lỗi đúng hạn",
          max: 1,
          metric: "cases.apologyInTimeRate",
          rule: { type: "linear", threshold: 100 },
        },
        { code: "3.4", name: "Tiếp nhận, xử lý phản ánh, kiến nghị", max: 2, rule: manual },
        {
          code: "3.5",
          name: "Rà soát, đơn giản hóa TTHC",
          max: 2,
          rule: {
            type: "bands",
            bands: [
              { gte: 20, points: 2 },
              { gte: 10, lt: 20, points: 1 },
              { lt: 10, points: 0 },
            ],
          },
        },
        { code: "3.6", name: "Thực hiện cơ chế một cửa, một cửa liên thông", max: 3, rule: yesNo },
      ],
    },
    {
      code: "4",
      name: "Cải cách tổ chức bộ máy hành chính",
      children: [
        { code: "4.1", name: "Quy định chức năng, nhiệm vụ, cơ cấu tổ chức", max: 2, rule: yesNo },
        {
          code: "4.2",
          name: "Sắp xếp, kiện toàn tổ chức bên trong",
          max: 3,
          rule: { type: "choice", options: { hoan_thanh: 3, chua_hoan_thanh: 1, khong_thuc_hien: 0 } },
          appliesTo: ["SO", "HUYEN", "NGANH_DOC"],
        },
        {
          code: "4.3",
          name: "Quản lý biên chế (trừ điểm mỗi vi phạm)",
          max: 4,
          rule: { type: "deduction", perOccurrence: 1 },
        },
      ],
    },
    {
      code: "5",
      name: "Cải cách chế độ công vụ",
      children: [
        { code: "5.1", name: "Xác định, phê duyệt vị trí việc làm", max: 2, rule: yesNo },
        { code: "5.2", name: "Tuyển dụng, sử dụng công chức đúng quy định", max: 2, rule: yesNo },
        { code: "5.3", name: "Đánh giá, xếp loại cán bộ, công chức", max: 2, rule: timely },
        {
          code: "5.4",
          name: "Kỷ luật, kỷ cương hành chính (trừ điểm mỗi vụ việc)",
          max: 2,
          rule: { type: "deduction", perOccurrence: 0.5 },
        },
        {
          code: "5.5",
          name: "Tỷ lệ công chức được bồi dưỡng theo kế hoạch",
          max: 2,
          rule: { type: "linear", threshold: 100 },
        },
      ],
    },
    {
      code: "6",
      name: "Cải cách tài chính công",
      children: [
        { code: "6.1", name: "Thực hiện dự toán ngân sách", max: 2, rule: timely },
        {
          code: "6.2",
          name: "Tỷ lệ giải ngân vốn đầu tư công",
          max: 3,
          rule: {
            type: "bands",
            bands: [
              { gte: 95, points: 3 },
              { gte: 80, lt: 95, points: 2 },
              { gte: 60, lt: 80, points: 1 },
              { lt: 60, points: 0 },
            ],
          },
        },
        {
          code: "6.3",
          name: "Tự chủ tài chính của đơn vị sự nghiệp",
          max: 2,
          rule: manual,
          appliesTo: ["SO", "HUYEN"],
        },
      ],
    },
    {
      code: "7",
      name: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
      children: [
        { code: "7.1", name: "Hệ thống quản lý văn bản và điều hành", max: 2, rule: yesNo },
        {
          code: "7.2",
          name: "Tỷ lệ văn bản trao đổi dưới dạng điện tử",
          max: 3,
          rule: { type: "linear", threshold: 90 },
        },
        {
          code: "7.3",
          name: "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình",
          max: 3,
          metric: "services.onlineRate",
          rule: { type: "linear", threshold: 80 },
        },
        {
          code: "7.4",
          name: "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến",
          max: 3,
          metric: "cases.onlineRate",
          rule: { type: "linear", threshold: 50 },
        },
        {
          code: "7.5",
          name: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
          max: 2,
          rule: { type: "linear", threshold: 80 },
        },
        { code: "7.6", name: "Bảo đảm an toàn thông tin mạng", max: 2, rule: yesNo },
      ],
    },
    {
      code: "8",
      name: "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội",
      children: [
        { code: "8.1", name: "Sự hài lòng về tiếp cận dịch vụ", max: 6, rule: { type: "survey" } },
        { code: "8.2", name: "Sự hài lòng về thủ tục hành chính", max: 6, rule: { type: "survey" } },
        {
          code: "8.3",
          name: "Sự hài lòng về công chức giải quyết công việc",
          max: 6,
          rule: { type: "survey" },
        },
        { code: "8.4", name: "Sự hài lòng về kết quả giải quyết", max: 6, rule: { type: "survey" } },
        { code: "8.5", name: "Tác động đến phát triển kinh tế - xã hội", max: 6, rule: { type: "survey" } },
      ],
    },
  ];
}

export const GROUP_NAMES: Record<string, string> = {
  SO: "khối sở, ban, ngành",
  HUYEN: "khối huyện, thị xã, thành phố",
  XA: "khối xã, phường, thị trấn",
  NGANH_DOC: "khối cơ quan ngành dọc",
};

export function demoCriteriaSet(year: number, group: string) {
  return {
    name: `Bộ tiêu chí ${GROUP_NAMES[group] ?? group} năm ${year}`,
    year,
    group,
    classification: CLASSIFICATION,
    fields: fields(year),
  };
}
