// The demo province: units, one account per role, criteria sets 2022–2024, rounds with self and
// appraised values and survey results, and (from the feature modules) case records, plan tasks,
// inspections and remediation plans. Goes only into the embedded database or on `npm run db:seed`.
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import { insertCriteriaSet, leavesOf, loadCriteriaSet } from "../criteria/store";
import { demoUnits } from "./units";
import { demoCriteriaSet } from "./criteria";
import { demoValue, surveyPercentage } from "./assessments";
import { rng } from "./random";
import { seedCaseRecords } from "./cases";
import { seedFeedback, seedPlanTasks, seedProcedures } from "./records";
import { publishRound } from "../results/publish";
import { seedInspectionsAndRemediation } from "./remediation";
import { databaseUrl } from "../env";

export const DEMO_PASSWORD = "CCHC@2026";
export const DEMO_ACCOUNTS = [
  { username: "admin", name: "Nguyễn Thị Thu Hà", role: "ADMIN", unit: "SO_NV" },
  { username: "thutruong", name: "Trần Văn Minh", role: "UNIT_HEAD", unit: "SO_TTTT" },
  { username: "canbo", name: "Lê Thị Hồng Nhung", role: "UNIT_STAFF", unit: "SO_TTTT" },
  { username: "kiemtra", name: "Phạm Quốc Bảo", role: "INSPECTOR", unit: null },
  { username: "lanhdao", name: "Hoàng Đức Thắng", role: "VIEWER", unit: null },
  { username: "thutruong.tp", name: "Đặng Thị Lan", role: "UNIT_HEAD", unit: "SO_TP" },
  { username: "canbo.dl", name: "Võ Văn Hùng", role: "UNIT_STAFF", unit: "H_DL" },
] as const;

export const DEMO_YEARS = [2022, 2023, 2024] as const;
const GROUPS = ["SO", "HUYEN", "XA", "NGANH_DOC"] as const;

export type SeededUnit = { id: number; code: string; level: "tinh" | "huyen" | "xa"; type: string; group: string };

export async function seedDemo(logLine: (m: string) => void = () => {}): Promise<{ units: SeededUnit[] }> {
  const t0 = Date.now();
  const log = (m: string) => logLine(`${m} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const r = rng(20261122);
  log("Tạo đơn vị …");
  const defs = demoUnits();
  for (const u of defs) {
    await db().unit.create({ data: { code: u.code, name: u.name, type: u.type, level: u.level, group: u.group, validTo: u.validTo ? new Date(u.validTo) : null } });
  }
  const units = await db().unit.findMany({ select: { id: true, code: true, level: true, type: true, group: true } });
  const byCode = new Map(units.map((u) => [u.code, u]));
  for (const u of defs) if (u.parent) await db().unit.update({ where: { code: u.code }, data: { parentId: byCode.get(u.parent)!.id } });

  log("Tạo tài khoản demo …");
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    await db().user.create({ data: { username: a.username, name: a.name, role: a.role, unitId: a.unit ? byCode.get(a.unit)!.id : null, passwordHash: hash } });
  }
  const admin = await db().user.findUniqueOrThrow({ where: { username: "admin" } });

  log("Tạo bộ tiêu chí, đợt đánh giá và điểm …");
  const quality = new Map(units.map((u) => [u.code, 0.62 + r.next() * 0.34]));
  const today = new Date();
  const day = 86_400_000;
  for (const year of DEMO_YEARS) {
    for (const group of GROUPS) {
      const setId = await db().$transaction(async (tx) => {
        const prev = await tx.criteriaSet.findFirst({ where: { year: year - 1, group }, select: { id: true } });
        return insertCriteriaSet(tx, demoCriteriaSet(year, group), prev?.id ?? null);
      });
      const open = year === 2024;
      const round = await db().evaluationRound.create({
        data: {
          year, group, criteriaSetId: setId, name: `Đánh giá Chỉ số CCHC năm ${year}`,
          status: open ? "OPEN" : "APPRAISAL",
          selfAssessmentStart: open ? new Date(today.getTime() - 21 * day) : new Date(`${year + 1}-01-05`),
          selfAssessmentEnd: open ? new Date(today.getTime() + 23 * day) : new Date(`${year + 1}-01-31`),
        },
      });
      const set = await loadCriteriaSet(setId);
      const nodes = new Map((await db().criteriaNode.findMany({ where: { setId } })).map((n) => [n.code, n.id]));
      const members = units.filter((u) => u.group === group && (group !== "HUYEN" || year <= 2024));
      for (const unit of members) {
        const q = Math.max(0.45, Math.min(0.99, quality.get(unit.code)! + (r.next() - 0.5) * 0.12));
        quality.set(unit.code, q);
        // In the open round some units have not started, some have a draft, a few have submitted.
        const stage = !open ? "done" : unit.code === "SO_TTTT" ? "draft" : r.pick(["none", "draft", "draft", "submitted"] as const);
        if (stage === "none") continue;
        const leaves = leavesOf(set).filter((l) => l.rule?.type !== "survey");
        const filled = stage === "draft" ? leaves.filter(() => r.chance(0.6)) : leaves;
        const values = filled.map((leaf) => ({ leaf, v: demoValue(leaf, q, r, !open) }));
        const rows = await db().assessmentValue.createManyAndReturn({
          data: values.map(({ leaf, v }) => ({
            roundId: round.id, unitId: unit.id, nodeId: nodes.get(leaf.code)!, selfValue: v.selfValue, explanation: v.explanation,
            appraisedValue: v.appraisedValue, appraisalReason: v.appraisalReason,
            appraisedById: v.appraisedValue !== null ? admin.id : null, appraisedAt: v.appraisedValue !== null ? new Date(`${year + 1}-03-15`) : null,
            updatedById: admin.id,
          })),
          select: { id: true, nodeId: true, explanation: true },
        });
        await db().evidenceDocument.createMany({
          data: rows.filter((row) => !row.explanation).map((row) => ({
            valueId: row.id, documentNumber: `${r.int(10, 480)}/QĐ-${unit.code.replace(/_/g, "")}`,
            documentDate: new Date(`${year}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`),
            pageOrSection: `Trang ${r.int(1, 12)}`, createdById: admin.id,
          })),
        });
        if (stage !== "draft") {
          await db().unitSubmission.create({ data: { roundId: round.id, unitId: unit.id, status: "SUBMITTED", submittedAt: open ? new Date(today.getTime() - r.int(1, 10) * day) : new Date(`${year + 1}-01-${r.int(20, 31)}`) } });
        } else {
          await db().unitSubmission.create({ data: { roundId: round.id, unitId: unit.id, status: "DRAFT" } });
        }
        if (!open) {
          await db().surveyResult.createMany({
            data: leavesOf(set).filter((l) => l.rule?.type === "survey").map((l) => ({ roundId: round.id, unitId: unit.id, nodeId: nodes.get(l.code)!, percentage: surveyPercentage(q, r) })),
          });
        }
      }
    }
  }

  const url = databaseUrl();
  const recordUnits = units.map((u) => ({ id: u.id, code: u.code, level: u.level }));
  log("Tạo hồ sơ TTHC (~100.000 hồ sơ 2022–2024), thủ tục, phản ánh, kế hoạch CCHC …");
  await seedCaseRecords(url, recordUnits);
  await seedProcedures(url, recordUnits);
  await seedFeedback(url, recordUnits);
  await seedPlanTasks(url, recordUnits);

  log("Công bố kết quả 2022, 2023 …");
  for (const year of [2022, 2023]) {
    for (const group of GROUPS) {
      const round = await db().evaluationRound.findUniqueOrThrow({ where: { year_group: { year, group } } });
      await publishRound(round.id, { id: admin.id, username: admin.username }, null, new Date(`${year + 1}-04-20T09:00:00+07:00`));
    }
  }
  await seedInspectionsAndRemediation(log);
  return { units: units as SeededUnit[] };
}
