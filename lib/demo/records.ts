// Demo procedures catalogue, citizen feedback and reform-plan tasks for the demo units.
// Written with plain SQL on the given database; re-running changes nothing (keys: unit + code,
// feedback code, year + task code).
import pg from "pg";
import { rng } from "./random";
import { DEMO_TODAY, demoProceduresOf, type DemoCaseUnit } from "./cases";

export const DEMO_RECORD_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
const DAY = 86_400_000;

/** The part of `year` a unit existed in, within the demo period (UTC ms, inclusive), or null. */
function yearSpan(u: DemoCaseUnit, year: number): [number, number] | null {
  const from = Math.max(Date.UTC(year, 0, 1), u.validFrom ? Date.parse(`${u.validFrom}T00:00:00Z`) : 0);
  const to = Math.min(Date.UTC(year, 11, 31), u.validTo ? Date.parse(`${u.validTo}T00:00:00Z`) : Infinity);
  return from <= to ? [from, to] : null;
}
const todayMs = Date.parse(`${DEMO_TODAY}T00:00:00Z`);

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Each unit offers its level's procedures, about a third online (toàn trình or một phần), in a catalogue
 * of its first year (2022 at the earliest); a unit still in place in 2026 has a 2026 catalogue too,
 * where some procedures moved online (catalogues are kept by year).
 */
export async function seedProcedures(url: string, units: DemoCaseUnit[]): Promise<number> {
  const r = rng(129);
  const later = rng(2026);
  type Level = "TOAN_TRINH" | "MOT_PHAN" | "KHONG";
  const rows: [number, number, string, string, string, Level][] = [];
  for (const u of units) {
    const first = Math.max(2022, u.validFrom ? Number(u.validFrom.slice(0, 4)) : 2022);
    for (const p of demoProceduresOf(u)) {
      const level: Level = r.chance(0.18) ? "TOAN_TRINH" : r.chance(0.2) ? "MOT_PHAN" : "KHONG";
      rows.push([u.id, first, p.code, p.name, p.field, level]);
      if (u.validTo || first === 2026) continue;
      const moved: Level =
        level === "MOT_PHAN" && later.chance(0.4)
          ? "TOAN_TRINH"
          : level === "KHONG" && later.chance(0.15)
            ? "MOT_PHAN"
            : level;
      rows.push([u.id, 2026, p.code, p.name, p.field, moved]);
    }
  }
  return withClient(url, async (c) => {
    const res = await c.query(
      `insert into "Procedure" ("unitId", year, code, name, field, "onlineLevel")
       select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::"OnlineLevel"[])
       on conflict ("unitId", year, code) do nothing`,
      [0, 1, 2, 3, 4, 5].map((i) => rows.map((x) => x[i])),
    );
    return res.rowCount ?? 0;
  });
}

const SUBJECTS = [
  "Phản ánh chậm trả kết quả hồ sơ",
  "Kiến nghị bổ sung hướng dẫn nộp hồ sơ trực tuyến",
  "Phản ánh thái độ tiếp dân",
  "Kiến nghị giảm thành phần hồ sơ",
  "Phản ánh yêu cầu bổ sung giấy tờ không đúng quy định",
  "Kiến nghị công khai phí, lệ phí",
];

/** A few feedback items per unit and year (while it exists, until the demo's today); most resolved, most of those by the due date. */
export async function seedFeedback(url: string, units: DemoCaseUnit[]): Promise<number> {
  const r = rng(777);
  const cols: [string[], number[], string[], Date[], Date[], (Date | null)[]] = [[], [], [], [], [], []];
  for (const u of units) {
    for (const year of DEMO_RECORD_YEARS) {
      const span = yearSpan(u, year);
      if (!span) continue;
      const [from, to] = [span[0], Math.min(span[1], todayMs)];
      const months = (to - from) / (30.5 * DAY);
      const n = Math.max(1, Math.round((r.int(2, u.level === "huyen" ? 12 : 6) * months) / 12));
      for (let i = 1; i <= n; i++) {
        const received = new Date(
          from + Math.floor(r.next() * ((to - from) / DAY + 1)) * DAY + r.int(1, 9) * 3_600_000,
        );
        const due = new Date(received.getTime() + r.int(10, 15) * 86_400_000);
        const resolved = r.chance(0.9)
          ? new Date(received.getTime() + (r.chance(0.85) ? r.int(2, 10) : r.int(16, 30)) * 86_400_000)
          : null;
        cols[0].push(`PAKN-${u.code}-${year}-${i}`);
        cols[1].push(u.id);
        cols[2].push(r.pick(SUBJECTS));
        cols[3].push(received);
        cols[4].push(due);
        cols[5].push(resolved && resolved.getTime() <= todayMs ? resolved : null);
      }
    }
  }
  return withClient(url, async (c) => {
    const res = await c.query(
      `insert into "Feedback" (code, "unitId", subject, "receivedAt", "dueAt", "resolvedAt")
       select * from unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[]) on conflict (code) do nothing`,
      cols,
    );
    return res.rowCount ?? 0;
  });
}

const TASKS: [string, string][] = [
  ["Ban hành kế hoạch CCHC năm", "Kế hoạch CCHC năm được ban hành"],
  ["Rà soát, đánh giá quy định, TTHC", "Báo cáo kết quả rà soát TTHC"],
  ["Tuyên truyền CCHC", "Chuyên mục CCHC trên cổng thông tin điện tử"],
  ["Kiểm tra công tác CCHC tại các đơn vị trực thuộc", "Kết luận kiểm tra"],
  ["Số hóa hồ sơ, kết quả giải quyết TTHC", "Báo cáo tỷ lệ số hóa"],
  ["Cập nhật danh mục dịch vụ công trực tuyến", "Quyết định công bố danh mục"],
  ["Báo cáo CCHC định kỳ quý", "Báo cáo quý gửi Sở Nội vụ"],
  ["Khảo sát sự hài lòng của người dân", "Báo cáo kết quả khảo sát"],
  ["Triển khai chữ ký số trong xử lý văn bản", "Văn bản ký số trên hệ thống"],
  ["Kiện toàn bộ phận một cửa", "Quyết định kiện toàn bộ phận một cửa"],
  ["Tập huấn nghiệp vụ CCHC cho cán bộ đầu mối", "Tài liệu và danh sách học viên"],
  ["Thực hiện nhiệm vụ tỉnh giao về cải cách tài chính công", "Báo cáo kết quả thực hiện"],
];

/**
 * 8–12 plan tasks per unit and year 2022–2026, spread over the months the unit existed (a unit that
 * ended or began on 1/7/2025 has its share of 2025): mostly done, some late, a few assigned by the
 * province; tasks due after the demo's today are mostly still open.
 */
export async function seedPlanTasks(url: string, units: DemoCaseUnit[]): Promise<number> {
  const r = rng(44);
  const rows: {
    year: number;
    code: string;
    unitId: number;
    title: string;
    product: string;
    deadline: string;
    status: string;
    completedAt: string | null;
    province: boolean;
  }[] = [];
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  for (const u of units) {
    for (const year of DEMO_RECORD_YEARS) {
      const span = yearSpan(u, year);
      if (!span) continue;
      const [from, to] = span;
      const months = Math.max(1, Math.round((to - from) / (30.5 * DAY)));
      const n = Math.max(3, Math.round((r.int(8, 12) * months) / 12));
      for (let i = 0; i < n; i++) {
        const [title, product] = TASKS[i % TASKS.length]!;
        const deadline = Math.min(to, from + Math.floor(((i + r.next()) * (to - from)) / n / DAY) * DAY);
        const roll = r.next();
        const done = deadline > todayMs ? r.chance(0.3) : roll < 0.9;
        const late = done && deadline <= todayMs && r.chance(0.12);
        let completed = done ? deadline + (late ? r.int(3, 40) : -r.int(0, 20)) * DAY : null;
        // nothing is completed after the demo's today or after its unit ended
        if (completed !== null) completed = Math.min(completed, todayMs, u.validTo ? to : Infinity);
        rows.push({
          year,
          code: `${u.code}-${String(i + 1).padStart(2, "0")}`,
          unitId: u.id,
          title,
          product,
          deadline: day(deadline),
          status: done ? "DONE" : r.chance(0.6) ? "IN_PROGRESS" : "NOT_STARTED",
          completedAt: completed === null ? null : day(completed),
          province: i === n - 1 || r.chance(0.08),
        });
      }
    }
  }
  return withClient(url, async (c) => {
    const res = await c.query(
      `insert into "PlanTask" (year, code, "unitId", title, product, deadline, status, "completedAt", "assignedByProvince", "updatedAt")
       select y, c, u, t, p, d, s, ca, a, now()
       from unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::date[], $7::"PlanTaskStatus"[], $8::date[], $9::bool[])
         as x(y, c, u, t, p, d, s, ca, a)
       on conflict (year, code) do nothing`,
      [
        rows.map((x) => x.year),
        rows.map((x) => x.code),
        rows.map((x) => x.unitId),
        rows.map((x) => x.title),
        rows.map((x) => x.product),
        rows.map((x) => x.deadline),
        rows.map((x) => x.status),
        rows.map((x) => x.completedAt),
        rows.map((x) => x.province),
      ],
    );
    return res.rowCount ?? 0;
  });
}
