// Storing and reading the province's national results and the departments that lead their fields.
// A result is keyed by (index, year, month): entering the same year again replaces it; saving the
// same values changes nothing. Every change is audited.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { DomainError } from "../errors";
import { NATIONAL_INDICES, isNationalIndex, type NationalIndexKey } from "./indices";
import type { NationalResultValue } from "./result-input";
import type { Lead, StoredResult } from "./standing";

type Tx = Prisma.TransactionClient;
type Actor = { id: number; username?: string } | null;
export type SaveOutcome = "created" | "updated" | "unchanged";

const same = (a: StoredResult | null, v: NationalResultValue) =>
  a !== null &&
  a.score === v.score &&
  a.rank === v.rank &&
  a.outOf === v.outOf &&
  a.fields.length === v.fields.length &&
  v.fields.every((f) => a.fields.some((x) => x.code === f.code && x.score === f.score && x.max === f.max));

function toStored(r: {
  index: string;
  year: number;
  month: number;
  score: Prisma.Decimal;
  rank: number | null;
  outOf: number | null;
  source: string;
  fields: { fieldCode: string; score: Prisma.Decimal; max: Prisma.Decimal }[];
}): StoredResult {
  return {
    index: r.index,
    year: r.year,
    month: r.month,
    score: Number(r.score),
    rank: r.rank,
    outOf: r.outOf,
    source: r.source,
    fields: r.fields.map((f) => ({ code: f.fieldCode, score: Number(f.score), max: Number(f.max) })),
  };
}

export async function saveNationalResult(
  v: NationalResultValue,
  source: "form" | "file",
  actor: Actor,
  tx: Tx | ReturnType<typeof db> = db(),
): Promise<SaveOutcome> {
  const key = { index: v.index, year: v.year, month: v.month };
  const old = await tx.nationalResult.findUnique({
    where: { index_year_month: key },
    include: { fields: true },
  });
  const before = old ? toStored(old) : null;
  if (same(before, v)) return "unchanged";
  const data = { score: v.score, rank: v.rank, outOf: v.outOf, source, updatedById: actor?.id ?? null };
  const row = await tx.nationalResult.upsert({
    where: { index_year_month: key },
    create: { ...key, ...data },
    update: data,
  });
  await tx.nationalFieldResult.deleteMany({ where: { resultId: row.id } });
  if (v.fields.length)
    await tx.nationalFieldResult.createMany({
      data: v.fields.map((f) => ({ resultId: row.id, fieldCode: f.code, score: f.score, max: f.max })),
    });
  await recordAudit(
    {
      actor,
      action: old ? "update" : "create",
      entity: "NationalResult",
      entityId: `${v.index}/${v.year}${v.month ? `-${v.month}` : ""}`,
      reason:
        source === "file" ? "Nhập tệp điểm QĐ 766 chính thức" : "Sở Nội vụ nhập kết quả chỉ số quốc gia",
      oldValue: before
        ? { score: before.score, rank: before.rank, outOf: before.outOf, fields: before.fields }
        : undefined,
      newValue: { score: v.score, rank: v.rank, outOf: v.outOf, fields: v.fields },
    },
    tx,
  );
  return old ? "updated" : "created";
}

export async function nationalResults(index?: NationalIndexKey): Promise<StoredResult[]> {
  const rows = await db().nationalResult.findMany({
    where: index ? { index } : {},
    include: { fields: true },
    orderBy: [{ index: "asc" }, { year: "asc" }, { month: "asc" }],
  });
  return rows.map(toStored);
}

export async function fieldLeads(): Promise<Lead[]> {
  const rows = await db().nationalFieldLead.findMany({
    include: { unit: { select: { code: true, name: true } } },
  });
  return rows.map((r) => ({
    index: r.index,
    fieldCode: r.fieldCode,
    unitCode: r.unit.code,
    unitName: r.unit.name,
  }));
}

/** Assigns (or, with a null unit, unassigns) the lead department of each field of an index. */
export async function setFieldLeads(
  index: string,
  leads: { fieldCode: string; unitId: number | null }[],
  actor: Actor,
): Promise<number> {
  if (!isNationalIndex(index)) throw new DomainError("Chỉ số không hợp lệ");
  const known = new Set(NATIONAL_INDICES[index].fields.map((f) => f.code));
  const unitIds = leads.map((l) => l.unitId).filter((u): u is number => u !== null);
  const units = await db().unit.findMany({ where: { id: { in: unitIds } }, select: { id: true } });
  if (units.length !== new Set(unitIds).size)
    throw new DomainError("Có đơn vị không còn trong hệ thống. Vui lòng tải lại trang.");
  return db().$transaction(async (tx) => {
    let changed = 0;
    for (const l of leads) {
      if (!known.has(l.fieldCode))
        throw new DomainError(
          `Lĩnh vực "${l.fieldCode}" không thuộc chỉ số ${NATIONAL_INDICES[index].short}`,
        );
      const where = { index_fieldCode: { index, fieldCode: l.fieldCode } };
      const old = await tx.nationalFieldLead.findUnique({ where });
      if ((old?.unitId ?? null) === l.unitId) continue;
      if (l.unitId === null) await tx.nationalFieldLead.delete({ where });
      else
        await tx.nationalFieldLead.upsert({
          where,
          create: { index, fieldCode: l.fieldCode, unitId: l.unitId },
          update: { unitId: l.unitId },
        });
      changed++;
      await recordAudit(
        {
          actor,
          action: "update",
          entity: "NationalFieldLead",
          entityId: `${index}/${l.fieldCode}`,
          unitId: l.unitId,
          reason: "Phân công đơn vị chủ trì lĩnh vực chỉ số quốc gia",
          oldValue: { unitId: old?.unitId ?? null },
          newValue: { unitId: l.unitId },
        },
        tx,
      );
    }
    return changed;
  });
}

/** Departments and agencies that can lead a national field (units valid today, not communes). */
export async function leadCandidates(): Promise<{ id: number; code: string; name: string }[]> {
  return db().unit.findMany({
    where: {
      type: { in: ["SO", "NGANH_DOC", "DVSN"] },
      OR: [{ validTo: null }, { validTo: { gte: new Date() } }],
    },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}
