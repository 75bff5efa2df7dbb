"use server";
import { revalidatePath } from "next/cache";
import { authedAction, formAction } from "@/lib/auth/action";
import {
  addLineage,
  editUnit,
  lineageAdd,
  lineageRemove,
  removeLineage,
  unitEdit,
} from "@/lib/units/edit-unit";

const refresh = () => revalidatePath("/don-vi", "layout");

const edit = authedAction("units:manage", unitEdit, async (input, user) => {
  const r = await editUnit(input, user);
  refresh();
  return r;
});
const add = authedAction("units:manage", lineageAdd, async (input, user) => {
  const r = await addLineage(input, user);
  refresh();
  return { created: r.created, itemsCarried: r.itemsCarried };
});
const remove = authedAction("units:manage", lineageRemove, async (input, user) => {
  await removeLineage(input, user);
  refresh();
  return null;
});

export const editUnitAction = formAction(edit);
export const addLineageAction = formAction(add);
export const removeLineageAction = formAction(remove);
