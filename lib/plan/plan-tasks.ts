// Creating, editing and importing plan tasks, with the audit trail. Callers check permissions
// (components/plan/actions.ts: authedAction with the new unit, editAs with the task's current unit
// inside the update; the CLI runs as the system).
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { can, type Actor as PermissionActor } from "../auth/permissions";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { scopedUnitIds } from "../queries/scope";
import type { PlanTask } from "../db/generated/client";
import type { PlanTaskInput } from "./plan-task";

type Actor = { id: number; username?: string } | null;
const date = (s: string | null) => (s === null ? null : new Date(`${s}T00:00:00Z`));
const data = (t: PlanTaskInput) => ({
  year: t.year,
  code: t.code,
  unitId: t.unitId,
  title: t.title,
  product: t.product,
  deadline: date(t.deadline)!,
  status: t.status,
  completedAt: date(t.completedAt),
  assignedByProvince: t.assignedByProvince,
  note: t.note,
});

/**
 * `reader`: who creates the task, when a person does. A code taken by a task they may not read is
 * refused without saying so: a unit's staff does not learn other units' task codes by trying them
 * (issue 18, finding 15).
 */
export async function createPlanTask(t: PlanTaskInput, actor: Actor, reader: PermissionActor | null = null) {
  const readsAll = reader ? scopedUnitIds(reader, "plan:read") === null : true;
  const taken = (owner: number | null) =>
    new ConflictError(
      reader && !(owner === null ? readsAll : can(reader, "plan:read", owner))
        ? "Mã nhiệm vụ này không dùng được: hãy đặt mã khác (mã nhiệm vụ là duy nhất trong kế hoạch của tỉnh, ví dụ thêm mã đơn vị vào trước)"
        : `Mã nhiệm vụ "${t.code}" đã có trong kế hoạch năm ${t.year}`,
    );
  const existing = await db().planTask.findUnique({
    where: { year_code: { year: t.year, code: t.code } },
    select: { unitId: true },
  });
  if (existing) throw taken(existing.unitId);
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.planTask.create({ data: data(t) });
      await recordAudit(
        {
          actor,
          action: "create",
          entity: "PlanTask",
          entityId: row.id,
          unitId: row.unitId,
          newValue: data(t),
        },
        tx,
      );
      return row;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw taken(null); // created by someone else since the check
    throw e;
  }
}

/** `edit` is what to write, or decides it from the task as locked in the transaction (and may refuse). */
export async function updatePlanTask(
  id: number,
  edit: PlanTaskInput | ((old: PlanTask) => PlanTaskInput),
  actor: Actor,
) {
  return db().$transaction(async (tx) => {
    // Held until commit: the task a check saw is the one written, even if another edit moves it meanwhile.
    await tx.$queryRaw`SELECT 1 FROM "PlanTask" WHERE id = ${id} FOR UPDATE`;
    const old = await tx.planTask.findUnique({ where: { id } });
    if (!old) throw new NotFoundError("Không tìm thấy nhiệm vụ");
    const t = typeof edit === "function" ? edit(old) : edit;
    const row = await tx.planTask.update({ where: { id }, data: data(t) });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "PlanTask",
        entityId: id,
        unitId: row.unitId,
        oldValue: {
          title: old.title,
          product: old.product,
          deadline: old.deadline,
          status: old.status,
          completedAt: old.completedAt,
          unitId: old.unitId,
        },
        newValue: data(t),
      },
      tx,
    );
    return row;
  });
}

/** A user's edit from the form: only a task of a unit they may plan for; the province flag only with plan:manage. */
export function editAs(user: PermissionActor, input: PlanTaskInput) {
  return (old: PlanTask): PlanTaskInput => {
    if (!can(user, "plan:write", old.unitId))
      throw new ForbiddenError("Bạn chỉ được sửa nhiệm vụ của đơn vị mình.", old.unitId);
    return {
      ...input,
      assignedByProvince: can(user, "plan:manage") ? input.assignedByProvince : old.assignedByProvince,
    };
  };
}

/** All or nothing, keyed by (year, code); unchanged tasks are not written. */
export async function importPlanTasks(
  tasks: PlanTaskInput[],
  actor: Actor,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  return db().$transaction(
    async (tx) => {
      let inserted = 0,
        updated = 0;
      const existing = new Map(
        (
          await tx.planTask.findMany({ where: { OR: tasks.map((t) => ({ year: t.year, code: t.code })) } })
        ).map((r) => [`${r.year}|${r.code}`, r]),
      );
      for (const t of tasks) {
        const d = data(t);
        const old = existing.get(`${t.year}|${t.code}`);
        if (!old) {
          await tx.planTask.create({ data: d });
          inserted++;
        } else if (
          old.unitId !== d.unitId ||
          old.title !== d.title ||
          old.product !== d.product ||
          +old.deadline !== +d.deadline ||
          old.status !== d.status ||
          +(old.completedAt ?? 0) !== +(d.completedAt ?? 0) ||
          old.assignedByProvince !== d.assignedByProvince ||
          old.note !== d.note
        ) {
          await tx.planTask.update({ where: { id: old.id }, data: d });
          updated++;
        }
      }
      if (inserted + updated)
        await recordAudit(
          {
            actor,
            action: "import",
            entity: "PlanTask",
            newValue: { rows: tasks.length, inserted, updated },
          },
          tx,
        );
      return { inserted, updated, unchanged: tasks.length - inserted - updated };
    },
    { timeout: 120_000 },
  );
}

export async function planTaskById(id: number) {
  return db().planTask.findUnique({ where: { id } });
}
