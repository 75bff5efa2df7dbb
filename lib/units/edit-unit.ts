import "server-only";
// Home Affairs edits a unit (name, group, parent, validity) and its lineage from the admin page;
// every change audited with old and new values. Lineage events go through the same checks as the
// lineage file (lib/units/lineage-file.ts) and the same writer (import-lineage.ts).
import { z } from "zod";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, fieldError } from "../errors";
import { documentDate } from "../assessment/schemas";
import { dbId } from "../ids";
import { LINEAGE_KINDS, successorOn } from "./lineage";
import { importLineage } from "./import-lineage";
import { lineageEdges } from "./lineage-store";
import type { LineageRow } from "./lineage-file";

type Actor = { id: number; username?: string };
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const unitEdit = z
  .object({
    id: dbId(),
    name: z.string().trim().min(3, "Nhập tên đơn vị (ít nhất 3 ký tự)").max(200),
    group: z
      .string()
      .trim()
      .min(1, "Nhập khối xếp hạng")
      .max(20)
      .regex(/^[A-Za-z0-9_]+$/, "Khối: chữ không dấu, số, gạch dưới"),
    parentId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      dbId("Chọn đơn vị cấp trên").nullable(),
    ),
    validFrom: documentDate,
    validTo: documentDate,
  })
  .refine((u) => !u.validFrom || !u.validTo || u.validTo >= u.validFrom, {
    path: ["validTo"],
    message: "Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi",
  })
  .refine((u) => u.parentId !== u.id, {
    path: ["parentId"],
    message: "Đơn vị không thể là cấp trên của chính nó",
  });

export async function editUnit(input: z.infer<typeof unitEdit>, actor: Actor) {
  return db().$transaction(async (tx) => {
    const old = await tx.unit.findUnique({ where: { id: input.id } });
    if (!old) throw new NotFoundError("Không tìm thấy đơn vị");
    if (
      input.parentId !== null &&
      !(await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true } }))
    ) {
      throw fieldError("parentId", "Không có đơn vị cấp trên này");
    }
    const next = {
      name: input.name,
      group: input.group,
      parentId: input.parentId,
      validFrom: input.validFrom,
      validTo: input.validTo,
    };
    const before = {
      name: old.name,
      group: old.group,
      parentId: old.parentId,
      validFrom: day(old.validFrom),
      validTo: day(old.validTo),
    };
    const after = { ...next, validFrom: day(next.validFrom), validTo: day(next.validTo) };
    if (JSON.stringify(before) === JSON.stringify(after)) return { id: old.id, changed: false };
    await tx.unit.update({ where: { id: old.id }, data: next });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "Unit",
        entityId: old.id,
        unitId: old.id,
        oldValue: before,
        newValue: after,
      },
      tx,
    );
    return { id: old.id, changed: true };
  });
}

export const lineageAdd = z.object({
  toUnitId: dbId(),
  fromUnitId: dbId("Chọn đơn vị tiền thân"),
  kind: z.enum(LINEAGE_KINDS, { message: "Chọn hình thức" }),
  date: documentDate.refine((d) => d !== null, { message: "Nhập ngày hiệu lực" }),
  share: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : Number(String(v).replace(",", "."))),
    z
      .number({ message: "Tỷ lệ là số từ 0 đến 1" })
      .gt(0, "Tỷ lệ lớn hơn 0")
      .max(1, "Tỷ lệ không quá 1")
      .nullable(),
  ),
});

/** Adds one old → this unit event, checked like a row of the lineage file. */
export async function addLineage(input: z.infer<typeof lineageAdd>, actor: Actor) {
  const [from, to] = await Promise.all([
    db().unit.findUnique({ where: { id: input.fromUnitId }, select: { code: true } }),
    db().unit.findUnique({ where: { id: input.toUnitId }, select: { code: true } }),
  ]);
  if (!from || !to) throw new NotFoundError("Không tìm thấy đơn vị");
  const row: LineageRow = {
    row: 1,
    fromCode: from.code,
    toCode: to.code,
    date: day(input.date)!,
    kind: input.kind,
    share: input.share,
  };
  const r = await importLineage([row], actor);
  if (r.errors.length) {
    const message = r.errors.map((e) => e.message).join("; ");
    const field =
      {
        ma_don_vi_cu: "fromUnitId",
        ma_don_vi_moi: "fromUnitId",
        ngay_hieu_luc: "date",
        ty_le: "share",
        hinh_thuc: "kind",
      }[r.errors[0]!.column ?? ""] ?? "fromUnitId";
    throw fieldError(field, message);
  }
  return r;
}

export const lineageRemove = z.object({ fromUnitId: dbId(), toUnitId: dbId() });

export async function removeLineage(input: z.infer<typeof lineageRemove>, actor: Actor) {
  return db().$transaction(async (tx) => {
    const old = await tx.unitLineage.findUnique({
      where: { fromUnitId_toUnitId: { fromUnitId: input.fromUnitId, toUnitId: input.toUnitId } },
    });
    if (!old) throw new NotFoundError("Sự kiện này không còn");
    await tx.unitLineage.delete({ where: { id: old.id } });
    await recordAudit(
      {
        actor,
        action: "delete",
        entity: "UnitLineage",
        entityId: old.id,
        unitId: input.toUnitId,
        oldValue: {
          from: input.fromUnitId,
          to: input.toUnitId,
          date: day(old.effectiveDate),
          kind: old.kind,
          share: old.share === null ? null : Number(old.share),
        },
      },
      tx,
    );
  });
}

/** Accounts still attached to units that have ended, with the unit that succeeds each one today. */
export async function usersOfEndedUnits(today = new Date()) {
  const [users, edges] = await Promise.all([
    db().user.findMany({
      where: { active: true, unit: { validTo: { lt: today } } },
      select: {
        id: true,
        username: true,
        name: true,
        role: true,
        unitId: true,
        unit: { select: { id: true, code: true, name: true, validTo: true } },
      },
    }),
    lineageEdges(),
  ]);
  const ids = [
    ...new Set(users.map((u) => successorOn(u.unitId!, today.toISOString().slice(0, 10), edges).unit)),
  ];
  const names = new Map(
    (
      await db().unit.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true } })
    ).map((u) => [u.id, u]),
  );
  return users.map((u) => {
    const s = successorOn(u.unitId!, today.toISOString().slice(0, 10), edges).unit;
    return { ...u, successor: s !== u.unitId ? (names.get(s) ?? null) : null };
  });
}
