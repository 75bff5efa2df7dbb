"use server";
// Server actions of the inspections pages; the services check the team and the criteria again.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { authedAction, formAction } from "@/lib/auth/action";
import {
  conclusionInput,
  directiveInput,
  findingInput,
  inspectionEditInput,
  inspectionInput,
} from "@/lib/inspections/inspection-input";
import { addDirective } from "@/lib/inspections/directives";
import {
  addFinding,
  concludeInspection,
  createInspection,
  deleteInspection,
  editInspection,
} from "@/lib/inspections/inspections";

const create = authedAction("inspections:write", inspectionInput, async (input, user) => {
  const row = await createInspection(input, user);
  revalidatePath("/kiem-tra");
  return { id: row.id };
});

const finding = authedAction("inspections:write", findingInput, async (input, user) => {
  const row = await addFinding(input, user);
  revalidatePath(`/kiem-tra/${input.inspectionId}`);
  return { id: row.id };
});

export const createInspectionAction = formAction(create);
export const addFindingAction = formAction(finding);

const conclude = authedAction("inspections:write", conclusionInput, async (input, user) => {
  const row = await concludeInspection(input, user);
  revalidatePath(`/kiem-tra/${input.inspectionId}`);
  return { id: row.id };
});
export const concludeInspectionAction = formAction(conclude);

const remove = authedAction(
  "inspections:write",
  z.object({ id: z.coerce.number().int().positive() }),
  async (input, user) => {
    await deleteInspection(input.id, user);
    revalidatePath("/kiem-tra");
    return { deleted: input.id };
  },
);
/** Deletes the inspection, then goes back to the list; a refusal stays on the page with its reason. */
export const deleteInspectionAction = formAction(remove, undefined, () => redirect("/kiem-tra?da_xoa=1"));

const edit = authedAction("inspections:write", inspectionEditInput, async (input, user) => {
  const row = await editInspection(input, user);
  revalidatePath(`/kiem-tra/${input.id}`);
  revalidatePath("/kiem-tra");
  return { id: row.id };
});
export const editInspectionAction = formAction(edit);

const directive = authedAction("inspections:write", directiveInput, async (input, user) => {
  const row = await addDirective(input, user);
  revalidatePath(`/kiem-tra/${input.inspectionId}`);
  return { id: row.id };
});
export const addDirectiveAction = formAction(directive);
