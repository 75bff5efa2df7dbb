"use server";
import { revalidatePath } from "next/cache";
import { authedAction, formAction } from "@/lib/auth/action";
import { can } from "@/lib/auth/permissions";
import { planTaskInput, planTaskUpdate } from "@/lib/plan/plan-task";
import { createPlanTask, editAs, updatePlanTask } from "@/lib/plan/plan-tasks";

// Only Home Affairs (plan:manage) marks a task as assigned by the province.
const create = authedAction(
  "plan:write",
  planTaskInput,
  async (input, user) => {
    const row = await createPlanTask(
      { ...input, assignedByProvince: can(user, "plan:manage") ? input.assignedByProvince : false },
      user,
      user,
    );
    revalidatePath("/ke-hoach");
    return { id: row.id };
  },
  { unitOf: (input) => input.unitId },
);

// The task's own unit is checked on the task as locked in the update's transaction (editAs).
const update = authedAction(
  "plan:write",
  planTaskUpdate,
  async ({ id, ...input }, user) => {
    await updatePlanTask(id, editAs(user, input), user);
    revalidatePath("/ke-hoach");
    return { id };
  },
  { unitOf: (input) => input.unitId },
);

export const createPlanTaskAction = formAction(create);
export const updatePlanTaskAction = formAction(update);
