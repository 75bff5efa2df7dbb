// The demo province in December 2026: units before and after the reorganisation of 1/7/2025 with
// their lineage (loaded as a lineage file is), one account per role, criteria sets and rounds
// 2022–2026 (2022–2024 on the old structure, 2025 on the new one, all published; 2026 in
// self-assessment) with self and appraised values and survey results, and (from the feature modules)
// case records, plan tasks, inspections and remediation plans. Goes only into the embedded database
// or on `npm run db:seed`.
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import { insertCriteriaSet, loadCriteriaSet } from "../criteria/store";
import { demoLineage, demoUnits } from "./units";
import { demoCriteriaSet } from "./criteria";
import { seedRoundValues } from "./round-values";
import { rng } from "./random";
import { seedNationalStanding } from "./national";
import { seedCaseRecords } from "./cases";
import { seedFeedback, seedPlanTasks, seedProcedures } from "./records";
import { publishRound } from "../results/publish";
import { seedInspectionsAndRemediation } from "./remediation";
import { importLineage } from "../units/import-lineage";
import { databaseUrl } from "../env";

export const DEMO_PASSWORD = "CCHC@2026";
export const DEMO_ACCOUNTS = [
  { username: "admin", name: "Nguyễn Thị Thu Hà", role: "ADMIN", unit: "SO_NV" },
  // heads and staff of Sở Thông tin và Truyền thông until 30/6/2025, of Sở Khoa học và Công nghệ since
  { username: "thutruong", name: "Trần Văn Minh", role: "UNIT_HEAD", unit: "SO_KHCN" },
  { username: "canbo", name: "Lê Thị Hồng Nhung", role: "UNIT_STAFF", unit: "SO_KHCN" },
  { username: "kiemtra", name: "Phạm Quốc Bảo", role: "INSPECTOR", unit: null },
  { username: "lanhdao", name: "Hoàng Đức Thắng", role: "VIEWER", unit: null },
  { username: "thutruong.tp", name: "Đặng Thị Lan", role: "UNIT_HEAD", unit: "SO_TP" },
  // of UBND huyện Đô Lương until it was dissolved, of the commune formed around its seat since
  { username: "canbo.dl", name: "Võ Văn Hùng", role: "UNIT_STAFF", unit: "XA_DOLUONG" },
] as const;

export const DEMO_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
/** the round still in self-assessment; every earlier one is published */
export const OPEN_YEAR = 2026;
/** no district after the reorganisation */
const groupsOf = (year: number) =>
  year < 2025 ? ["SO", "HUYEN", "XA", "NGANH_DOC"] : ["SO", "XA", "NGANH_DOC"];

export type SeededUnit = {
  id: number;
  code: string;
  level: "tinh" | "huyen" | "xa";
  type: string;
  group: string;
};

export async function seedDemo(logLine: (m: string) => void = () => {}): Promise<{ units: SeededUnit[] }> {
  const t0 = Date.now();
  const log = (m: string) => logLine(`${m} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const r = rng(20261122);
  log("Tạo đơn vị …");
  const defs = demoUnits();
  const asDay = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);
  await db().unit.createMany({
    data: defs.map((u) => ({
      code: u.code,
      name: u.name,
      type: u.type,
      level: u.level,
      group: u.group,
      validFrom: asDay(u.validFrom),
      validTo: asDay(u.validTo),
    })),
  });
  const units = await db().unit.findMany({
    select: { id: true, code: true, level: true, type: true, group: true, validFrom: true },
    orderBy: { id: "asc" },
  });
  const byCode = new Map(units.map((u) => [u.code, u]));
  for (const u of defs)
    if (u.parent)
      await db().unit.update({ where: { code: u.code }, data: { parentId: byCode.get(u.parent)!.id } });

  log("Tạo tài khoản demo …");
  const hash = await hashPassword(DEMO_PASSWORD);
  await db().user.createMany({
    data: DEMO_ACCOUNTS.map((a) => ({
      username: a.username,
      name: a.name,
      role: a.role,
      unitId: a.unit ? byCode.get(a.unit)!.id : null,
      passwordHash: hash,
    })),
  });
  const admin = await db().user.findUniqueOrThrow({ where: { username: "admin" } });

  log("Nhập lịch sử đơn vị (sắp xếp ngày 01/07/2025) …");
  const lineage = demoLineage();
  const imported = await importLineage(
    lineage.map((e, i) => ({
      row: i + 2,
      fromCode: e.from,
      toCode: e.to,
      date: e.date,
      kind: e.kind,
      share: e.share ?? null,
    })),
    { id: admin.id, username: admin.username },
  );
  if (imported.errors.length)
    throw new Error(
      `Lịch sử đơn vị mẫu không hợp lệ: ${imported.errors
        .slice(0, 3)
        .map((e) => `dòng ${e.row}, cột ${e.column}: ${e.message}`)
        .join("; ")}`,
    );

  log("Tạo bộ tiêu chí, đợt đánh giá và điểm …");
  const quality = new Map(units.map((u) => [u.code, 0.62 + r.next() * 0.34]));
  // A unit formed on 1/7/2025 starts from the quality of what it was formed of (weighted by shares).
  for (const u of units.filter((x) => x.validFrom)) {
    const parts = lineage
      .filter((e) => e.to === u.code && e.kind !== "dieu_chinh")
      .map((e) => ({ q: quality.get(e.from)!, w: e.share ?? 1 }));
    if (parts.length)
      quality.set(u.code, parts.reduce((a, p) => a + p.q * p.w, 0) / parts.reduce((a, p) => a + p.w, 0));
  }
  const today = new Date();
  const day = 86_400_000;
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);
  // The open round's window holds today: it closes in January 2027, or later when the demo is seeded later.
  const openStart = new Date(Math.min(Date.parse(`${OPEN_YEAR}-11-16`), today.getTime() - 21 * day));
  const openEnd = new Date(
    Math.max(Date.parse(`${OPEN_YEAR + 1}-01-15`), Date.parse(isoDay(new Date(today.getTime() + 30 * day)))),
  );
  for (const year of DEMO_YEARS) {
    const referenceDay = `${year}-12-31`;
    for (const group of groupsOf(year)) {
      const setId = await db().$transaction(async (tx) => {
        const prev = await tx.criteriaSet.findFirst({
          where: { year: year - 1, group },
          select: { id: true },
        });
        return insertCriteriaSet(tx, demoCriteriaSet(year, group), prev?.id ?? null);
      });
      const open = year === OPEN_YEAR;
      const round = await db().evaluationRound.create({
        data: {
          year,
          group,
          criteriaSetId: setId,
          name: `Đánh giá Chỉ số CCHC năm ${year}`,
          status: open ? "OPEN" : "APPRAISAL",
          // from 2025 the reference date is set: the round assesses the units of the new structure
          referenceDate: year >= 2025 ? new Date(`${referenceDay}T00:00:00Z`) : null,
          selfAssessmentStart: open ? new Date(isoDay(openStart)) : new Date(`${year + 1}-01-05`),
          selfAssessmentEnd: open ? new Date(isoDay(openEnd)) : new Date(`${year + 1}-01-31`),
        },
      });
      const set = await loadCriteriaSet(setId);
      const nodes = new Map(
        (await db().criteriaNode.findMany({ where: { setId } })).map((n) => [n.code, n.id]),
      );
      const members = defs
        .filter(
          (u) =>
            u.group === group &&
            (!u.validFrom || u.validFrom <= referenceDay) &&
            (!u.validTo || u.validTo >= referenceDay),
        )
        .map((def) => {
          const unit = byCode.get(def.code)!;
          const q = Math.max(0.45, Math.min(0.99, quality.get(unit.code)! + (r.next() - 0.5) * 0.12));
          quality.set(unit.code, q);
          return { id: unit.id, code: unit.code, quality: q };
        });
      const stageOf = (code: string) =>
        !open
          ? "done"
          : code === "SO_KHCN"
            ? "draft"
            : r.pick(["none", "draft", "draft", "submitted"] as const);
      await seedRoundValues({ id: round.id, year, open, set, nodes }, members, admin.id, r, stageOf);
    }
  }

  const url = databaseUrl();
  const recordUnits = defs.map((u) => ({
    id: byCode.get(u.code)!.id,
    code: u.code,
    level: u.level,
    validFrom: u.validFrom ?? null,
    validTo: u.validTo ?? null,
  }));
  log("Tạo hồ sơ TTHC (~100.000 hồ sơ 01/2022–11/2026), thủ tục, phản ánh, kế hoạch CCHC …");
  await seedCaseRecords(url, recordUnits);
  await seedProcedures(url, recordUnits);
  await seedFeedback(url, recordUnits);
  await seedPlanTasks(url, recordUnits);

  log("Công bố kết quả 2022–2025 …");
  for (const year of DEMO_YEARS.filter((y) => y !== OPEN_YEAR)) {
    for (const group of groupsOf(year)) {
      const round = await db().evaluationRound.findUniqueOrThrow({ where: { year_group: { year, group } } });
      await publishRound(
        round.id,
        { id: admin.id, username: admin.username },
        null,
        new Date(`${year + 1}-04-20T09:00:00+07:00`),
      );
    }
  }
  await seedInspectionsAndRemediation(log);
  log("Kết quả chỉ số quốc gia của tỉnh, điểm QĐ 766 chính thức …");
  await seedNationalStanding({ id: admin.id, username: admin.username });
  return {
    units: units.map((u) => ({ id: u.id, code: u.code, level: u.level, type: u.type, group: u.group })),
  };
}
