"use server";
// Server actions of the remediation pages. authedAction checks the permission and the unit the
// input names; the services check the plan's unit and the item's status again.
import { revalidatePath } from "next/cache";
import { authedAction, formAction } from "@/lib/auth/action";
import {
  collectDone,
  itemInput,
  planHeaderInput,
  progressInput,
  reportInput,
  statusInput,
} from "@/lib/remediation/inputs";
import { addRemediationItem, updatePlanHeader } from "@/lib/remediation/plans";
import { addProgressUpdate, changeItemStatus } from "@/lib/remediation/progress";
import { submitRemediationReport } from "@/lib/remediation/reports";

const refresh = () => revalidatePath("/khac-phuc", "layout");

const addItem = authedAction(
  "remediation:write",
  itemInput,
  async (input, user) => {
    const row = await addRemediationItem(input, user);
    refresh();
    return { id: row.id };
  },
  { unitOf: (input) => input.unitId },
);

// Unit users move their items, verifiers verify: the service decides who may make which move.
const status = authedAction("remediation:read", statusInput, async (input, user) => {
  const r = await changeItemStatus(input, user);
  refresh();
  return r;
});

const progress = authedAction("remediation:write", progressInput, async (input, user) => {
  const row = await addProgressUpdate(input, user);
  refresh();
  return { id: row.id };
});

const report = authedAction("remediation:write", reportInput, async (input, user) => {
  const row = await submitRemediationReport(input, user);
  refresh();
  return { id: row.id, submittedAt: row.submittedAt };
});

const header = authedAction("remediation:write", planHeaderInput, async (input, user) => {
  const row = await updatePlanHeader(input, user);
  refresh();
  return { id: row.id };
});

export const addItemAction = formAction(addItem);
export const planHeaderAction = formAction(header);
export const changeStatusAction = formAction(status);
export const progressAction = formAction(progress);
export const reportAction = formAction(report, collectDone);
