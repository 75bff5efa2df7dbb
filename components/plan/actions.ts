"use server";
import { revalidatePath } from "next/cache";
import { authedAction, formAction } from "@/lib/auth/action";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/errors";
import { planTaskInput, planTaskUpdate } from "@/lib/plan/plan-task";
import { createPlanTask, updatePlanTask } from "@/lib/plan/plan-tasks";

// Only Home Affairs (plan:manage) marks a task as assigned by the province.
const create = authedAction("plan:write", planTaskInput, async (input, user) => {
  const row = await createPlanTask({ ...input, assignedByProvince: can(user, "plan:manage") ? input.assignedByProvince : false }, user);
  revalidatePath("/ke-hoach");
  return { id: row.id };
}, { unitOf: (input) => input.unitId });

const update = authedAction("plan:write", planTaskUpdate, async ({ id, ...input }, user) => {
  const old = await db().planTask.findUnique({ where: { id }, select: { unitId: true, assignedByProvince: true } });
  if (!old) throw new NotFoundError("Không tìm thấy nhiệm vụ");
  if (!can(user, "plan:write", old.unitId)) throw new DomainError("Bạn chỉ được sửa nhiệm vụ của đơn vị mình.", 403);
  await updatePlanTask(id, { ...input, assignedByProvince: can(user, "plan:manage") ? input.assignedByProvince : old.assignedByProvince }, user);
  revalidatePath("/ke-hoach");
  return { id };
}, { unitOf: (input) => input.unitId });

export const createPlanTaskAction = formAction(create);
export const updatePlanTaskAction = formAction(update);
