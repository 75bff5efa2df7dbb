// A unit's staff does not learn another unit's task codes from the answer to a code already taken
// (issue 18, finding 15); Home Affairs, who reads every plan, is told which code and year.
import { describe, expect, it } from "vitest";
import { createPlanTask } from "../../lib/plan/plan-tasks";
import { makeUnit, makeUser } from "./factories";

describe("a plan task code taken by another unit", () => {
  it("is refused without naming it to a unit user, and named to Home Affairs", async () => {
    const a = await makeUnit({ code: "PT_A" });
    const b = await makeUnit({ code: "PT_B" });
    const admin = await makeUser("ADMIN");
    const staffB = await makeUser("UNIT_STAFF", b.id);
    const task = (unitId: number) => ({
      year: 2026,
      code: "NV-BI-MAT-07",
      unitId,
      title: "Nhiệm vụ của đơn vị A",
      product: "Báo cáo",
      deadline: "2026-06-30",
      status: "NOT_STARTED" as const,
      completedAt: null,
      assignedByProvince: false,
      note: null,
    });
    await createPlanTask(task(a.id), admin, admin);
    const asStaff = await createPlanTask(task(b.id), staffB, staffB).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(asStaff).toMatch(/không dùng được/);
    expect(asStaff).not.toContain("NV-BI-MAT-07");
    const asAdmin = await createPlanTask(task(b.id), admin, admin).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(asAdmin).toBe('Mã nhiệm vụ "NV-BI-MAT-07" đã có trong kế hoạch năm 2026');
  });
});
