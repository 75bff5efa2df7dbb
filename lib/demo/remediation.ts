// Demo inspections and remediation plans (the story is in remediation-story.ts), written after the
// results of 2022–2025 are published: plans of 2023 and 2024 results on fixed dates, open items of
// units that ended on 30/6/2025 carried to their successors by the same function an imported
// lineage file uses, and plans of the 2025 results with dates relative to today.
import { db } from "../db/client";
import { vnDayString } from "../cases/dates";
import { fmt2 } from "../format";
import { unitDeficiencies } from "../remediation/candidates";
import { addDays, dateOfDay } from "../remediation/status";
import { carryOverRemediation } from "../units/carry-over";
import { ENDING_KINDS } from "../units/lineage";
import { demoLineage } from "./units";
import { CARRIED, INSPECTIONS, OWNERS, OWNERS_LOCAL, PLANS, type PlanSpec } from "./remediation-story";

/** Days counted from an anchor day (stretched by `scale`): deadlines (dates) and moments (09:00 in Vietnam). */
type Clock = { day: (n: number) => Date; at: (n: number) => Date };
const clock = (anchor: string, scale = 1): Clock => ({
  day: (n) => dateOfDay(addDays(anchor, Math.round(n * scale))),
  at: (n) => new Date(Date.parse(`${addDays(anchor, Math.round(n * scale))}T02:00:00Z`)),
});
/** History plans: made after their results were published (20/4 of the next year); 2024 plans before the units ended on 30/6/2025. */
const HISTORY: Record<number, Clock> = { 2023: clock("2024-10-15"), 2024: clock("2025-06-25", 0.5) };

type Ctx = {
  admin: { id: number; username: string };
  inspectorId: number;
  user: (username: string) => number;
  unit: (code: string) => { id: number; code: string; name: string; group: string };
};

export async function seedInspectionsAndRemediation(log: (m: string) => void = () => {}) {
  log("Tạo cuộc kiểm tra, kế hoạch khắc phục, chuyển mục chưa xong của đơn vị đã sắp xếp …");
  const today = vnDayString(new Date());
  const users = new Map(
    (await db().user.findMany({ select: { id: true, username: true } })).map((u) => [u.username, u.id]),
  );
  const units = new Map(
    (await db().unit.findMany({ select: { id: true, code: true, name: true, group: true } })).map((u) => [
      u.code,
      u,
    ]),
  );
  const admin = { id: users.get("admin")!, username: "admin" };
  const ctx: Ctx = {
    admin,
    inspectorId: users.get("kiemtra")!,
    user: (u) => users.get(u) ?? admin.id,
    unit: (c) => units.get(c)!,
  };

  const findingsOf = new Map<string, { id: number; text: string; code: string | null; action: string }[]>();
  const inspectionOf = new Map<string, number>();
  const inspector = await db().user.findUniqueOrThrow({ where: { id: ctx.inspectorId } });
  for (const def of INSPECTIONS) {
    const row = await db().inspection.create({
      data: {
        decisionNumber: def.decision,
        decisionDate: dateOfDay(def.decisionDate),
        unitId: ctx.unit(def.unit).id,
        visitDate: dateOfDay(def.visit),
        teamLead: inspector.name,
        notes: def.notes || null,
        createdById: admin.id,
        members: {
          create: [
            { userId: inspector.id, isLead: true },
            { userId: admin.id, isLead: false },
          ],
        },
      },
    });
    inspectionOf.set(def.unit, row.id);
    for (const f of def.findings) {
      const finding = await db().finding.create({
        data: {
          inspectionId: row.id,
          text: f.text,
          criterionCode: f.code,
          severity: f.severity,
          requiredAction: f.action,
          dueDate: dateOfDay(f.due),
        },
      });
      if (f.planned)
        findingsOf.set(def.unit, [
          ...(findingsOf.get(def.unit) ?? []),
          { id: finding.id, text: f.text, code: f.code, action: f.action },
        ]);
    }
  }

  for (const spec of PLANS.filter((p) => p.year < 2025))
    await seedPlan(
      ctx,
      spec,
      HISTORY[spec.year]!,
      findingsOf.get(spec.unit) ?? [],
      inspectionOf.get(spec.unit),
    );
  await seedVerifiedPlan(ctx, "SO_KHCN", 2024);
  await carryOver(ctx, today);
  const now = clock(today);
  for (const spec of PLANS.filter((p) => p.year >= 2025))
    await seedPlan(ctx, spec, now, findingsOf.get(spec.unit) ?? [], inspectionOf.get(spec.unit));
}

async function seedPlan(
  ctx: Ctx,
  spec: PlanSpec,
  t: Clock,
  findings: { id: number; text: string; code: string | null; action: string }[],
  inspectionId: number | undefined,
) {
  const unit = ctx.unit(spec.unit);
  const by = ctx.user(spec.author);
  const owners = unit.group === "SO" ? OWNERS : OWNERS_LOCAL;
  const lost = (await unitDeficiencies(unit, spec.year)) ?? [];
  const sources = [
    ...lost.slice(0, spec.statuses.length - findings.length).map((d) => ({
      source: "DEFICIENCY" as const,
      findingId: null,
      criterionCode: d.code,
      pointsLost: d.lost,
      problem: `${d.code} ${d.name}: bị trừ ${fmt2(d.lost)} điểm`,
      action: `Rà soát nguyên nhân bị trừ điểm tiêu chí ${d.code}, ban hành giải pháp khắc phục`,
    })),
    ...findings.map((f) => ({
      source: "FINDING" as const,
      findingId: f.id,
      criterionCode: f.code,
      pointsLost: null,
      problem: f.text,
      action: f.action,
    })),
  ];
  const plan = await db().remediationPlan.create({
    data: {
      unitId: unit.id,
      year: spec.year,
      title: `Kế hoạch khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm ${spec.year}`,
      createdById: by,
      createdAt: t.at(-120),
    },
  });
  for (const [i, s] of sources.entries()) {
    const status = spec.statuses[i]!;
    const overdue = spec.bell && status === "IN_PROGRESS";
    const deadline = {
      PLANNED: i === spec.statuses.length - 1 && spec.bell ? 5 : 45 + i * 10,
      IN_PROGRESS: overdue ? -12 : 20 + i * 5,
      DONE: -20,
      VERIFIED: -60,
      REOPENED: 15,
    }[status];
    const owner = owners[i % owners.length]!;
    const item = await db().remediationItem.create({
      data: {
        planId: plan.id,
        ...s,
        owner,
        deadline: t.day(deadline),
        status,
        doneAt: status === "DONE" || status === "VERIFIED" ? t.at(status === "DONE" ? -25 : -70) : null,
        verifiedById: status === "VERIFIED" ? ctx.inspectorId : null,
        verifiedAt: status === "VERIFIED" ? t.at(-50) : null,
        verificationNote:
          status === "VERIFIED"
            ? "Đã kiểm tra văn bản kèm theo"
            : status === "REOPENED"
              ? "Văn bản gửi kèm chưa thể hiện kết quả khắc phục; đề nghị bổ sung"
              : null,
      },
    });
    const notes: [number, string][] = [];
    if (status !== "PLANNED")
      notes.push([-100, "Bắt đầu thực hiện"], [-90, `Đã giao ${owner} chủ trì, xây dựng dự thảo văn bản`]);
    if (status === "DONE" || status === "VERIFIED" || status === "REOPENED")
      notes.push([status === "DONE" ? -25 : -70, "Báo hoàn thành"]);
    if (status === "VERIFIED") notes.push([-50, "Xác nhận đã khắc phục: Đã kiểm tra văn bản kèm theo"]);
    if (status === "REOPENED")
      notes.push([-40, "Mở lại: Văn bản gửi kèm chưa thể hiện kết quả khắc phục; đề nghị bổ sung"]);
    await db().remediationUpdate.createMany({
      data: notes.map(([n, note]) => ({
        itemId: item.id,
        note,
        createdById: note.startsWith("Xác nhận") || note.startsWith("Mở lại") ? ctx.inspectorId : by,
        createdAt: t.at(n),
      })),
    });
  }
  if (spec.reported) {
    const items = await db().remediationItem.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } });
    await db().remediationReport.create({
      data: {
        planId: plan.id,
        inspectionId: inspectionId ?? null,
        submittedById: by,
        submittedAt: t.at(-10),
        summary:
          "Đơn vị đã ban hành Kế hoạch khắc phục, phân công rõ trách nhiệm từng bộ phận; kết quả khắc phục từng nội dung như sau.",
        itemsReported: items.map((x) => ({
          itemId: x.id,
          problem: x.problem,
          action: x.action,
          status: x.status,
          done: "Đã thực hiện theo kế hoạch",
          evidence: [],
        })),
      },
    });
  }
}

/** Open items of units that ended on 30/6/2025 pass to the successor (a divided unit's to the largest share), which then carries them on. */
async function carryOver(ctx: Ctx, today: string) {
  const lineage = demoLineage().filter((e) => ENDING_KINDS.has(e.kind));
  for (const [fromCode, steps] of Object.entries(CARRIED)) {
    const edge = lineage
      .filter((e) => e.from === fromCode)
      .sort((a, b) => (b.share ?? 1) - (a.share ?? 1))[0]!;
    const from = ctx.unit(fromCode),
      to = ctx.unit(edge.to);
    await db().$transaction((tx) => carryOverRemediation(tx, from.id, to.id, ctx.admin));
    const by = ctx.user(
      to.code === "SO_KHCN" ? "thutruong" : to.code === "XA_DOLUONG" ? "canbo.dl" : "admin",
    );
    const items = await db().remediationItem.findMany({
      where: { carriedFromUnitId: from.id },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    for (const [i, item] of items.entries()) {
      const step = steps[i];
      if (!step) continue;
      const at = (d: string) => new Date(`${d}T02:00:00Z`);
      await db().remediationItem.update({
        where: { id: item.id },
        data: {
          status: step.status,
          deadline: dateOfDay(addDays(today, step.deadline)),
          doneAt: step.doneAt ? at(step.doneAt) : null,
          verifiedById: step.verifiedAt ? ctx.inspectorId : null,
          verifiedAt: step.verifiedAt ? at(step.verifiedAt) : null,
          verificationNote: step.verifiedAt ? "Đơn vị kế thừa đã hoàn thành; đạt yêu cầu" : null,
        },
      });
      const notes: [string, string, number][] = [
        [
          edge.date,
          `${to.name} tiếp nhận từ ${from.name} theo sắp xếp tổ chức bộ máy; giao bộ phận chuyên môn tiếp tục thực hiện, điều chỉnh thời hạn`,
          by,
        ],
      ];
      if (step.doneAt) notes.push([step.doneAt, "Báo hoàn thành", by]);
      if (step.verifiedAt)
        notes.push([
          step.verifiedAt,
          "Xác nhận đã khắc phục: Đơn vị kế thừa đã hoàn thành; đạt yêu cầu",
          ctx.inspectorId,
        ]);
      await db().remediationUpdate.createMany({
        data: notes.map(([d, note, userId]) => ({
          itemId: item.id,
          note,
          createdById: userId,
          createdAt: at(d),
        })),
      });
    }
  }
}

/** A plan whose items were all verified and reported: the effectiveness view compares the next year's points with this year's. */
async function seedVerifiedPlan(ctx: Ctx, code: string, year: number) {
  const unit = ctx.unit(code);
  const by = ctx.user("thutruong");
  const lost = ((await unitDeficiencies(unit, year)) ?? []).slice(0, 3);
  const at = (d: string) => new Date(`${d}T02:00:00Z`);
  const plan = await db().remediationPlan.create({
    data: {
      unitId: unit.id,
      year,
      title: `Kế hoạch khắc phục tồn tại, hạn chế qua kết quả Chỉ số CCHC năm ${year}`,
      createdById: by,
      createdAt: at(`${year + 1}-05-05`),
    },
  });
  for (const [i, d] of lost.entries()) {
    await db().remediationItem.create({
      data: {
        planId: plan.id,
        source: "DEFICIENCY",
        criterionCode: d.code,
        pointsLost: d.lost,
        problem: `${d.code} ${d.name}: bị trừ ${fmt2(d.lost)} điểm`,
        action: `Khắc phục tiêu chí ${d.code}`,
        owner: OWNERS[i]!,
        deadline: dateOfDay(`${year + 1}-09-30`),
        status: "VERIFIED",
        doneAt: at(`${year + 1}-09-15`),
        verifiedById: ctx.inspectorId,
        verifiedAt: at(`${year + 1}-10-20`),
        verificationNote: "Đạt yêu cầu",
      },
    });
  }
  const items = await db().remediationItem.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } });
  await db().remediationReport.create({
    data: {
      planId: plan.id,
      inspectionId: null,
      submittedById: by,
      submittedAt: at(`${year + 1}-10-05`),
      summary: `Báo cáo kết quả khắc phục tồn tại, hạn chế năm ${year}.`,
      itemsReported: items.map((x) => ({
        itemId: x.id,
        problem: x.problem,
        action: x.action,
        status: "DONE",
        done: "Đã hoàn thành",
        evidence: [],
      })),
    },
  });
}
