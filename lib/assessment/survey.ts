import "server-only";
// Survey results (điều tra xã hội học) for a round from CSV `ma_don_vi,ma_tieu_chi,ty_le`
// (percentage 0..100). All or nothing: any bad row and nothing is written; every bad row is named
// "dòng N, cột X: …". Re-importing the same file changes nothing.
import { db } from "../db/client";
import { can } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { DomainError, ForbiddenError } from "../errors";
import { formatRowError, readCsv, type RowError } from "../csv/read-csv";
import { parseNumber } from "../scoring";
import { roundUnits } from "../results/round-inputs";
import { loadRound, roundLeaves, type AssessmentUser } from "./context";
import { lockRound } from "./locks";

export type SurveyRow = {
  row: number;
  unitId: number;
  unitCode: string;
  nodeId: number;
  code: string;
  percentage: number;
};

export function parseSurveyCsv(
  content: string | Buffer,
  units: Map<string, number>,
  leaves: Map<string, { nodeId: number; survey: boolean }>,
): { rows: SurveyRow[]; errors: RowError[] } {
  const table = readCsv(content, { required: ["ma_don_vi", "ma_tieu_chi", "ty_le"] });
  const errors = [...table.errors];
  const rows: SurveyRow[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const unitCode = r.get("ma_don_vi");
    const code = r.get("ma_tieu_chi");
    const unitId = units.get(unitCode);
    const leaf = leaves.get(code);
    const pct = parseNumber(r.get("ty_le"), { percent: true });
    let ok = true;
    const bad = (column: string, message: string) => {
      errors.push({ row: r.row, column, message });
      ok = false;
    };
    if (!unitCode) bad("ma_don_vi", "thiếu mã đơn vị");
    else if (unitId === undefined) bad("ma_don_vi", `đơn vị "${unitCode}" không thuộc khối của đợt đánh giá`);
    if (!code) bad("ma_tieu_chi", "thiếu mã tiêu chí");
    else if (!leaf) bad("ma_tieu_chi", `không có tiêu chí "${code}" trong bộ tiêu chí của đợt`);
    else if (!leaf.survey) bad("ma_tieu_chi", `tiêu chí "${code}" không phải tiêu chí điều tra xã hội học`);
    if (pct === null) bad("ty_le", `"${r.get("ty_le")}" không phải là số`);
    else if (pct < 0 || pct > 100) bad("ty_le", "tỷ lệ phải từ 0 đến 100");
    const key = `${unitCode}|${code}`;
    if (ok && seen.has(key)) bad("ma_tieu_chi", `trùng với dòng ${seen.get(key)} (cùng đơn vị và tiêu chí)`);
    if (!ok) continue;
    seen.set(key, r.row);
    rows.push({
      row: r.row,
      unitId: unitId!,
      unitCode,
      nodeId: leaf!.nodeId,
      code,
      percentage: Math.round(pct! * 100) / 100,
    });
  }
  return { rows, errors };
}

export async function importSurvey(user: AssessmentUser, roundId: number, content: string | Buffer) {
  if (!can(user, "survey:import"))
    throw new ForbiddenError("Bạn không có quyền nhập kết quả điều tra xã hội học.");
  const round = await loadRound(roundId);
  const [units, leaves] = await Promise.all([roundUnits(round), roundLeaves(round.criteriaSetId)]);
  const { rows, errors } = parseSurveyCsv(
    content,
    new Map(units.map((u) => [u.code, u.id])),
    new Map(
      [...leaves.values()].map((l) => [l.code, { nodeId: l.nodeId, survey: l.rule.type === "survey" }]),
    ),
  );
  if (errors.length)
    throw new DomainError(`Không nhập gì: tệp có ${errors.length} lỗi.`, 422, {
      file: errors.map(formatRowError),
    });
  if (!rows.length)
    throw new DomainError("Tệp không có dòng dữ liệu nào", 422, { file: ["Tệp không có dòng dữ liệu nào"] });
  return db().$transaction(
    async (tx) => {
      // a publication freezes all of this import or none of it (./locks.ts)
      if ((await lockRound(tx, roundId, "share")).status === "DRAFT")
        throw new DomainError("Đợt đánh giá chưa mở: chưa thể nhập kết quả điều tra xã hội học.", 422);
      const existing = new Map(
        (await tx.surveyResult.findMany({ where: { roundId } })).map((s) => [
          `${s.unitId}|${s.nodeId}`,
          Number(s.percentage),
        ]),
      );
      let inserted = 0,
        updated = 0,
        unchanged = 0;
      for (const r of rows) {
        const old = existing.get(`${r.unitId}|${r.nodeId}`);
        if (old === r.percentage) {
          unchanged++;
          continue;
        }
        await tx.surveyResult.upsert({
          where: { roundId_unitId_nodeId: { roundId, unitId: r.unitId, nodeId: r.nodeId } },
          create: { roundId, unitId: r.unitId, nodeId: r.nodeId, percentage: r.percentage },
          update: { percentage: r.percentage, importedAt: new Date() },
        });
        if (old === undefined) inserted++;
        else updated++;
        await recordAudit(
          {
            actor: { id: user.id, username: user.username },
            action: "import",
            entity: "SurveyResult",
            unitId: r.unitId,
            roundId,
            criterionCode: r.code,
            oldValue: old === undefined ? null : { percentage: old },
            newValue: { percentage: r.percentage },
          },
          tx,
        );
      }
      return { inserted, updated, unchanged };
    },
    { timeout: 60_000 },
  );
}
