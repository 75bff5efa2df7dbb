import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { scopedUnitIds } from "@/lib/queries/scope";
import { planTaskById } from "@/lib/plan/plan-tasks";
import { PageHeader } from "@/components/ui/page-header";
import { PlanTaskForm } from "@/components/plan/plan-task-form";
import { unitChoices } from "@/lib/units/queries";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Sửa nhiệm vụ kế hoạch" };

export default async function EditPlanTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  await requirePermission("plan:write");
  const task = await planTaskById(id);
  if (!task) notFound();
  const user = await requirePermission("plan:write", task.unitId, `plan-task:${id}`);
  const writeIds = scopedUnitIds(user, "plan:write");
  const units = await unitChoices(writeIds);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return (
    <>
      <PageHeader title={`Sửa nhiệm vụ ${task.code}`} description={task.title} />
      <PlanTaskForm
        units={units}
        canManage={can(user, "plan:manage")}
        defaults={{
          id: task.id,
          year: task.year,
          code: task.code,
          unitId: task.unitId,
          title: task.title,
          product: task.product,
          deadline: day(task.deadline),
          status: task.status,
          completedAt: day(task.completedAt),
          assignedByProvince: task.assignedByProvince,
          note: task.note ?? "",
        }}
      />
    </>
  );
}
