"use server";
// Server actions of the inspections pages; the services check the team and the criteria again.
import { revalidatePath } from "next/cache";
import { authedAction, formDataToObject } from "@/lib/auth/action";
import { findingInput, inspectionInput } from "@/lib/inspections/inspection-input";
import { addFinding, createInspection } from "@/lib/inspections/inspections";

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

export async function createInspectionAction(form: FormData) {
  return create(formDataToObject(form));
}
export async function addFindingAction(form: FormData) {
  return finding(formDataToObject(form));
}
