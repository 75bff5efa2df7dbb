// The QĐ 766/QĐ-TTg service index (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người
// dân, doanh nghiệp trong thực hiện TTHC, DVC theo thời gian thực trên môi trường điện tử), computed
// from the records the product holds. Pure: the figures come from lib/queries/qd766.
//
// Sources, cited beside each rule below:
//   [QĐ]  QĐ 766/QĐ-TTg ngày 23/6/2022, Phụ lục: five groups of 18 + 20 + 22 + 22 + 18 = 100 points,
//         thresholds "≥ 80 % đạt tối đa" (DVCTT, số hóa), "≥ 50 %" (hồ sơ trực tuyến), "≥ 90 %" (hài lòng).
//   [CT]  "Mô tả công thức tính chỉ số 766" — the national public-service portal's (Cổng DVCQG)
//         description of each indicator: numerator, denominator, period, threshold (chỉ tiêu 1.1 … 5.4).
//   [API] the portal's published scoring, read from its evaluation responses
//         (dichvucong.gov.vn/api/v1/reporting/evaluation/…): each indicator's maxScore inside its group,
//         e.g. công khai 6 + 4 + 2 + 6; online services 12 = 2 + 4 + 6 and online payment 10 = 2 + 2 + 6
//         within the 22 points of group 3; số hóa 6 + 4 + 2 + 4 + 2 + 2 + 2; hài lòng 6 + 6 + 6.
//         The weights inside a group are the portal's, not printed in the decision; change them here
//         if the portal changes them.
// Indicators whose facts live only in national systems (CSDL quốc gia về TTHC, kho dữ liệu của cá
// nhân, CSDL dân cư, đánh giá của người dân trên Cổng) are marked `officialOnly`: they come from the
// official file (`import qd766`) and are left out of the computed total. So is any indicator with no
// data in the period: the total is then "x / the maximum of the indicators with data".

/** What the [QĐ] [CT] [API] marks in the `source` of each indicator mean, for the screens. */
export const QD766_SOURCES: readonly { mark: string; text: string }[] = [
  {
    mark: "[QĐ]",
    text: "Phụ lục Quyết định 766/QĐ-TTg ngày 23/6/2022 (điểm tối đa của nhóm, các ngưỡng 80 %, 50 %, 90 %)",
  },
  {
    mark: "[CT]",
    text: "Mô tả công thức tính chỉ số 766 của Cổng Dịch vụ công quốc gia (tử số, mẫu số, kỳ tính)",
  },
  {
    mark: "[API]",
    text: "điểm tối đa và cách cho điểm từng chỉ số theo kết quả đánh giá công bố trên Cổng Dịch vụ công quốc gia",
  },
];

export type Qd766GroupKey = "congKhai" | "tienDo" | "trucTuyen" | "soHoa" | "haiLong";

/** The five groups [QĐ], with the column of the official scores file (interfaces.md). */
export const QD766_GROUPS: readonly { key: Qd766GroupKey; label: string; max: number; column: string }[] = [
  { key: "congKhai", label: "Công khai, minh bạch", max: 18, column: "cong_khai" },
  { key: "tienDo", label: "Tiến độ, kết quả giải quyết", max: 20, column: "tien_do" },
  { key: "trucTuyen", label: "Cung cấp dịch vụ công trực tuyến", max: 22, column: "truc_tuyen" },
  { key: "soHoa", label: "Số hóa hồ sơ", max: 22, column: "so_hoa" },
  { key: "haiLong", label: "Mức độ hài lòng", max: 18, column: "hai_long" },
];
export const QD766_MAX = 100;

/** What the records say about one unit (or a set of units) in one period. */
export type Qd766Figures = {
  /** cases finished in the period, by outcome, and open at its end (in time or overdue) */
  finished: number;
  early: number;
  onTime: number;
  late: number;
  open: number;
  openInTime: number;
  /** cases received in the period (returned/stopped ones left out) and those submitted online */
  received: number;
  receivedOnline: number;
  /** received in the period (any status) with `dong_bo` reported, and those synchronised */
  syncReported: number;
  synced: number;
  /** received in the period with `so_hoa_ho_so` reported; digitised = dossier digitised and no paper-only result */
  dossierReported: number;
  dossierDigitised: number;
  /** finished in the period with `so_hoa_ket_qua` reported, and those with an electronic result */
  resultReported: number;
  resultDigitised: number;
  /** received in the period with `tai_su_dung_du_lieu` reported, and those reusing digitised data */
  reuseReported: number;
  reused: number;
  /** received in the period with a fee (`thanh_toan_truc_tuyen` reported), and those paid online */
  feeCases: number;
  paidOnline: number;
  /** procedures with a fee case in the period, and those with at least one case paid online */
  feeProcedures: number;
  feeProceduresPaidOnline: number;
  /** the unit's procedure catalogue: all, offered online (toàn trình or một phần), offered online with an online case in the period */
  procedures: number;
  proceduresOnline: number;
  proceduresOnlineUsed: number;
  /** whether feedback (PAKN) records are kept in the system at all; received in the period, handled by the due day */
  feedbackTracked: boolean;
  feedback: number;
  feedbackInTime: number;
};

export type Qd766Indicator = {
  code: string;
  group: Qd766GroupKey;
  label: string;
  max: number;
  rule: string;
  source: string;
  /** the rate (%), null without data */
  value: number | null;
  points: number | null;
  officialOnly: boolean;
  note?: string;
};
export type Qd766Group = {
  key: Qd766GroupKey;
  label: string;
  max: number;
  points: number | null;
  maxWithData: number;
  indicators: Qd766Indicator[];
};
export type Qd766Result = {
  groups: Qd766Group[];
  /** Σ points of the indicators with data, out of `maxWithData` */
  points: number;
  maxWithData: number;
  /** points on the 100-point scale (points ÷ maxWithData × 100), null without any data */
  total: number | null;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (a: number, b: number) => (b > 0 ? (a / b) * 100 : null);
/** max × rate ÷ 100 (linear to 100 %) */
const linear = (max: number) => (rate: number) => (max * Math.min(100, rate)) / 100;
/** full from `threshold` %, proportional below: max × min(1, rate ÷ threshold) */
const fromThreshold = (max: number, threshold: number) => (rate: number) =>
  max * Math.min(1, rate / threshold);

type Spec = Omit<Qd766Indicator, "value" | "points" | "officialOnly" | "note">;

function computed(
  spec: Spec,
  value: number | null,
  points: (rate: number) => number,
  missing: string,
  note?: string,
): Qd766Indicator {
  if (value === null) return { ...spec, value: null, points: null, officialOnly: false, note: missing };
  return {
    ...spec,
    value: round2(value),
    points: round2(points(value)),
    officialOnly: false,
    ...(note ? { note } : {}),
  };
}

function official(spec: Spec, why: string): Qd766Indicator {
  return {
    ...spec,
    value: null,
    points: null,
    officialOnly: true,
    note: `Chỉ có trong số liệu chính thức của Cổng DVCQG (${why})`,
  };
}

export function qd766Indicators(f: Qd766Figures): Qd766Indicator[] {
  const lateRate = pct(f.late, f.finished);
  const complaintRate = pct(f.feedback, f.received);
  const satisfaction =
    lateRate === null || complaintRate === null || !f.feedbackTracked
      ? null
      : Math.max(0, 100 - (lateRate + complaintRate));
  const noCases = "Chưa có hồ sơ tiếp nhận trong kỳ";
  const notReported = (column: string) => `Chưa có hồ sơ nào trong kỳ ghi cột ${column}`;
  return [
    // 1. Công khai, minh bạch — 18 [QĐ]; 6 + 4 + 2 + 6 [API]; score = max × rate [API]
    official(
      {
        code: "1.1",
        group: "congKhai",
        label: "TTHC được công bố đúng hạn",
        max: 6,
        rule: "TTHC công bố đúng hạn ÷ TTHC công bố trong kỳ",
        source: "[CT] 1.1; điểm [API]",
      },
      "CSDL quốc gia về TTHC",
    ),
    official(
      {
        code: "1.2",
        group: "congKhai",
        label: "TTHC được cập nhật, công khai đúng hạn",
        max: 4,
        rule: "TTHC công khai đúng hạn ÷ TTHC phải công khai trong kỳ",
        source: "[CT] 1.2; điểm [API]",
      },
      "CSDL quốc gia về TTHC",
    ),
    official(
      {
        code: "1.3",
        group: "congKhai",
        label: "TTHC công khai đầy đủ các bộ phận tạo thành",
        max: 2,
        rule: "TTHC đủ nội dung theo khoản 2 Điều 8 NĐ 63/2010 ÷ TTHC đang công khai",
        source: "[CT] 1.3; điểm [API]",
      },
      "CSDL quốc gia về TTHC",
    ),
    computed(
      {
        code: "1.4",
        group: "congKhai",
        label: "Hồ sơ đồng bộ lên Cổng DVCQG",
        max: 6,
        rule: "hồ sơ tiếp nhận trong kỳ đã đồng bộ ÷ hồ sơ tiếp nhận trong kỳ (cột dong_bo); điểm = 6 × tỷ lệ",
        source: "[CT] 1.4; điểm [API]",
      },
      pct(f.synced, f.syncReported),
      linear(6),
      notReported("dong_bo"),
    ),
    // 2. Tiến độ, kết quả giải quyết — 20 [QĐ]; one scored indicator, score = 20 × rate [API]
    computed(
      {
        code: "2.1",
        group: "tienDo",
        label: "Hồ sơ xử lý trước hạn, đúng hạn",
        max: 20,
        rule: "(đã xử lý sớm, đúng hạn + đang xử lý trong hạn) ÷ hồ sơ đã và đang xử lý trong kỳ; quá 1 lần bổ sung tính trễ hạn; điểm = 20 × tỷ lệ",
        source: "[CT] 2.1; điểm [API]",
      },
      pct(f.early + f.onTime + f.openInTime, f.finished + f.open),
      linear(20),
      "Chưa có hồ sơ đã hoặc đang xử lý trong kỳ",
    ),
    // 3. Cung cấp dịch vụ công trực tuyến — 22 [QĐ] = DVCTT 12 (2 + 4 + 6) + thanh toán trực tuyến 10 (2 + 2 + 6) [API]
    computed(
      {
        code: "3.1",
        group: "trucTuyen",
        label: "TTHC cung cấp dịch vụ công trực tuyến",
        max: 2,
        rule: "TTHC có DVCTT toàn trình hoặc một phần ÷ TTHC của đơn vị; từ 80 % đạt tối đa",
        source: "[QĐ] ngưỡng 80 %; [CT] 3.1; điểm [API]",
      },
      pct(f.proceduresOnline, f.procedures),
      fromThreshold(2, 80),
      "Chưa có danh mục thủ tục (import procedures)",
    ),
    computed(
      {
        code: "3.2",
        group: "trucTuyen",
        label: "DVCTT có phát sinh hồ sơ trực tuyến",
        max: 4,
        rule: "TTHC có DVCTT có hồ sơ nộp trực tuyến trong kỳ (theo ma_tthc) ÷ TTHC có DVCTT; điểm = 4 × tỷ lệ",
        source: "[CT] 3.2; điểm [API]",
      },
      pct(f.proceduresOnlineUsed, f.proceduresOnline),
      linear(4),
      "Chưa có TTHC cung cấp trực tuyến trong danh mục",
    ),
    computed(
      {
        code: "3.3",
        group: "trucTuyen",
        label: "Hồ sơ nộp trực tuyến",
        max: 6,
        rule: "hồ sơ tiếp nhận trực tuyến ÷ hồ sơ tiếp nhận trong kỳ; từ 50 % đạt tối đa",
        source: "[QĐ] ngưỡng 50 %; [CT] 3.3; điểm [API]",
      },
      pct(f.receivedOnline, f.received),
      fromThreshold(6, 50),
      noCases,
    ),
    official(
      {
        code: "3.5a",
        group: "trucTuyen",
        label: "TTHC có nghĩa vụ tài chính được tích hợp thanh toán trên Cổng DVCQG",
        max: 2,
        rule: "TTHC có đồng bộ phí, lệ phí trên Cổng ÷ TTHC có phí, lệ phí; từ 80 % đạt tối đa",
        source: "[CT] 3.5; điểm [API]",
      },
      "Cổng DVCQG, CSDL quốc gia về TTHC",
    ),
    computed(
      {
        code: "3.5b",
        group: "trucTuyen",
        label: "TTHC có giao dịch thanh toán trực tuyến",
        max: 2,
        rule: "TTHC có hồ sơ thanh toán trực tuyến ÷ TTHC có hồ sơ phải nộp phí trong kỳ (cột thanh_toan_truc_tuyen); từ 80 % đạt tối đa",
        source:
          "[API] (điểm = min(2; 2,5 × tỷ lệ)); mẫu số gần đúng: TTHC có phí theo hồ sơ trong kỳ, không theo CSDL TTHC",
      },
      pct(f.feeProceduresPaidOnline, f.feeProcedures),
      fromThreshold(2, 80),
      notReported("thanh_toan_truc_tuyen"),
    ),
    computed(
      {
        code: "3.6",
        group: "trucTuyen",
        label: "Hồ sơ thanh toán trực tuyến",
        max: 6,
        rule: "hồ sơ thanh toán trực tuyến ÷ hồ sơ phải nộp phí, lệ phí tiếp nhận trong kỳ; điểm = 6 × tỷ lệ",
        source: "[CT] 3.6; điểm [API]",
      },
      pct(f.paidOnline, f.feeCases),
      linear(6),
      notReported("thanh_toan_truc_tuyen"),
    ),
    // 4. Số hóa hồ sơ — 22 [QĐ]; 6 + 4 + 2 + 4 + 2 + 2 + 2 [API]
    computed(
      {
        code: "4.1",
        group: "soHoa",
        label: "Hồ sơ có cấp kết quả giải quyết điện tử",
        max: 6,
        rule: "hồ sơ có kết quả điện tử ÷ hồ sơ đã giải quyết trong kỳ có trả kết quả bằng giấy tờ (cột so_hoa_ket_qua); điểm = 6 × tỷ lệ",
        source: "[CT] 4.1; điểm [API]",
      },
      pct(f.resultDigitised, f.resultReported),
      linear(6),
      notReported("so_hoa_ket_qua"),
    ),
    computed(
      {
        code: "4.2",
        group: "soHoa",
        label: "Hồ sơ thực hiện số hóa hồ sơ",
        max: 4,
        rule: "hồ sơ đã số hóa thành phần (và có kết quả điện tử khi phải trả kết quả giấy) ÷ hồ sơ tiếp nhận trong kỳ (cột so_hoa_ho_so); từ 80 % đạt tối đa",
        source: "[QĐ] ngưỡng 80 %; [CT] 4.2; điểm [API]",
      },
      pct(f.dossierDigitised, f.dossierReported),
      fromThreshold(4, 80),
      notReported("so_hoa_ho_so"),
    ),
    computed(
      {
        code: "4.3",
        group: "soHoa",
        label: "Hồ sơ khai thác, sử dụng lại dữ liệu số hóa",
        max: 2,
        rule: "hồ sơ sử dụng lại dữ liệu, giấy tờ đã số hóa ÷ hồ sơ tiếp nhận trong kỳ (cột tai_su_dung_du_lieu); từ 80 % đạt tối đa",
        source: "[CT] 4.3; điểm [API]",
      },
      pct(f.reused, f.reuseReported),
      fromThreshold(2, 80),
      notReported("tai_su_dung_du_lieu"),
    ),
    official(
      {
        code: "4.4",
        group: "soHoa",
        label: "Hồ sơ số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng",
        max: 4,
        rule: "hồ sơ có thành phần lấy từ hoặc kết quả đồng bộ lên kho dữ liệu cá nhân trên Cổng DVCQG ÷ hồ sơ tiếp nhận",
        source: "[CT] 4.4; điểm [API]",
      },
      "kho dữ liệu của cá nhân, tổ chức trên Cổng DVCQG",
    ),
    official(
      {
        code: "4.5a",
        group: "soHoa",
        label: "TTHC triển khai kết nối, chia sẻ dữ liệu dân cư",
        max: 2,
        rule: "TTHC có hồ sơ dùng dữ liệu dân cư (VNeID) ÷ TTHC có đối tượng là người dân",
        source: "[CT] 4.5; điểm [API]",
      },
      "CSDL quốc gia về dân cư",
    ),
    official(
      {
        code: "4.5b",
        group: "soHoa",
        label: "Hồ sơ có sử dụng thông tin, dữ liệu dân cư",
        max: 2,
        rule: "hồ sơ dùng dữ liệu từ CSDL quốc gia về dân cư ÷ hồ sơ",
        source: "[CT] 4.5; điểm [API]",
      },
      "CSDL quốc gia về dân cư",
    ),
    official(
      {
        code: "4.6",
        group: "soHoa",
        label: "Cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính",
        max: 2,
        rule: "theo Cổng DVCQG",
        source: "điểm [API]",
      },
      "hệ thống chứng thực điện tử",
    ),
    // 5. Mức độ hài lòng — 18 [QĐ]; 6 + 6 + 6 [API]
    f.feedbackTracked
      ? computed(
          {
            code: "5.2",
            group: "haiLong",
            label: "Phản ánh, kiến nghị được xử lý đúng hạn",
            max: 6,
            rule: "PAKN xử lý không muộn hơn hạn ÷ PAKN tiếp nhận trong kỳ; không có PAKN: đạt tối đa; điểm = 6 × tỷ lệ",
            source: "[CT] 5.2; điểm và quy tắc không có PAKN [API]",
          },
          f.feedback === 0 ? 100 : pct(f.feedbackInTime, f.feedback),
          linear(6),
          "",
          f.feedback === 0 ? "Không có PAKN trong kỳ: đạt tối đa" : undefined,
        )
      : {
          code: "5.2",
          group: "haiLong",
          label: "Phản ánh, kiến nghị được xử lý đúng hạn",
          max: 6,
          rule: "PAKN xử lý không muộn hơn hạn ÷ PAKN tiếp nhận trong kỳ",
          source: "[CT] 5.2; điểm [API]",
          value: null,
          points: null,
          officialOnly: false,
          note: "Chưa nhập phản ánh, kiến nghị (PAKN) vào hệ thống",
        },
    official(
      {
        code: "5.3",
        group: "haiLong",
        label: "Hài lòng trong xử lý phản ánh, kiến nghị",
        max: 6,
        rule: "(PAKN − PAKN bị đánh giá không hài lòng hoặc quá hạn) ÷ PAKN",
        source: "[CT] 5.3; điểm [API]",
      },
      "đánh giá của người dân trên Cổng DVCQG",
    ),
    computed(
      {
        code: "5.4",
        group: "haiLong",
        label: "Hài lòng trong tiếp nhận, giải quyết TTHC",
        max: 6,
        rule: "100 % − (tỷ lệ hồ sơ trễ hạn + tỷ lệ hồ sơ có PAKN); từ 90 % đạt tối đa",
        source: "[QĐ] ngưỡng 90 %; [CT] 5.4; điểm [API]",
      },
      satisfaction,
      fromThreshold(6, 90),
      f.feedbackTracked
        ? "Chưa có hồ sơ đã xử lý hoặc tiếp nhận trong kỳ"
        : "Chưa nhập phản ánh, kiến nghị (PAKN) vào hệ thống",
      satisfaction !== null && f.feedback === 0
        ? "Không có PAKN trong kỳ: tỷ lệ phản ánh tính bằng 0"
        : undefined,
    ),
  ];
}

/** The indicators grouped, each group's and the whole index's points out of the maximum of the indicators with data. */
export function qd766Result(f: Qd766Figures): Qd766Result {
  const indicators = qd766Indicators(f);
  const groups = QD766_GROUPS.map((g) => {
    const own = indicators.filter((i) => i.group === g.key);
    const scored = own.filter((i) => i.points !== null);
    return {
      key: g.key,
      label: g.label,
      max: g.max,
      indicators: own,
      points: scored.length ? round2(scored.reduce((s, i) => s + i.points!, 0)) : null,
      maxWithData: scored.reduce((s, i) => s + i.max, 0),
    };
  });
  const points = round2(groups.reduce((s, g) => s + (g.points ?? 0), 0));
  const maxWithData = groups.reduce((s, g) => s + g.maxWithData, 0);
  return {
    groups,
    points,
    maxWithData,
    total: maxWithData > 0 ? round2((points / maxWithData) * QD766_MAX) : null,
  };
}

/** A group's computed points on its full scale (points ÷ max with data × group max); null without data. */
export function groupOnFullScale(g: Qd766Group): number | null {
  return g.points === null || g.maxWithData === 0 ? null : round2((g.points / g.maxWithData) * g.max);
}

/** Adds up the figures of several units (a level, the province). */
export function sumFigures(list: readonly Qd766Figures[]): Qd766Figures {
  const out = { ...EMPTY_FIGURES };
  for (const f of list) {
    for (const k of Object.keys(out) as (keyof Qd766Figures)[]) {
      if (k === "feedbackTracked") out.feedbackTracked ||= f.feedbackTracked;
      else (out[k] as number) += f[k] as number;
    }
  }
  return out;
}

export const EMPTY_FIGURES: Qd766Figures = {
  finished: 0,
  early: 0,
  onTime: 0,
  late: 0,
  open: 0,
  openInTime: 0,
  received: 0,
  receivedOnline: 0,
  syncReported: 0,
  synced: 0,
  dossierReported: 0,
  dossierDigitised: 0,
  resultReported: 0,
  resultDigitised: 0,
  reuseReported: 0,
  reused: 0,
  feeCases: 0,
  paidOnline: 0,
  feeProcedures: 0,
  feeProceduresPaidOnline: 0,
  procedures: 0,
  proceduresOnline: 0,
  proceduresOnlineUsed: 0,
  feedbackTracked: false,
  feedback: 0,
  feedbackInTime: 0,
};
