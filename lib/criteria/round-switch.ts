import "server-only";
// Moving a round (DRAFT or OPEN) onto another version of its criteria set, only when the admin
// asks for it. Entered values and survey results follow their criterion code to the new version's
// nodes; if a code with values has no leaf in the new version, nothing moves (values carry evidence).
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { DomainError, NotFoundError } from "../errors";
import { assertCanManage, type Editor } from "./editor-service";
import { SWITCHABLE_STATUSES } from "./versions";

export async function switchRoundCriteriaSet(actor: Editor, input: { roundId: number; setId: number }) {
  assertCanManage(actor);
  return db().$transaction(
    async (tx) => {
      const round = await tx.evaluationRound.findUnique({ where: { id: input.roundId } });
      const target = await tx.criteriaSet.findUnique({ where: { id: input.setId } });
      if (!round || !target) throw new NotFoundError("Không tìm thấy đợt đánh giá hoặc bộ tiêu chí");
      if (!(SWITCHABLE_STATUSES as readonly string[]).includes(round.status)) {
        throw new DomainError(
          `Đợt "${round.name}" đã qua giai đoạn tự đánh giá, không thể đổi bộ tiêu chí.`,
          409,
        );
      }
      if (target.year !== round.year || target.group !== round.group) {
        throw new DomainError(
          `Bộ tiêu chí phải cùng năm ${round.year} và khối ${round.group} với đợt đánh giá.`,
          422,
        );
      }
      if (round.criteriaSetId === target.id) return { roundId: round.id, setId: target.id, moved: 0 };
      const [oldNodes, newNodes] = await Promise.all([
        tx.criteriaNode.findMany({ where: { setId: round.criteriaSetId }, select: { id: true, code: true } }),
        tx.criteriaNode.findMany({
          where: { setId: target.id },
          select: { id: true, code: true, parentId: true },
        }),
      ]);
      const parents = new Set(newNodes.map((n) => n.parentId));
      const leafByCode = new Map(newNodes.filter((n) => !parents.has(n.id)).map((n) => [n.code, n.id]));
      const codeOf = new Map(oldNodes.map((n) => [n.id, n.code]));
      const [values, surveys] = await Promise.all([
        tx.assessmentValue.findMany({ where: { roundId: round.id }, select: { id: true, nodeId: true } }),
        tx.surveyResult.findMany({ where: { roundId: round.id }, select: { id: true, nodeId: true } }),
      ]);
      const orphans = [
        ...new Set(
          [...values, ...surveys].map((v) => codeOf.get(v.nodeId)!).filter((c) => !leafByCode.has(c)),
        ),
      ];
      if (orphans.length) {
        throw new DomainError(
          `Không thể chuyển: đơn vị đã nhập điểm cho tiêu chí ${orphans.join(", ")} mà phiên bản mới không còn.`,
          409,
        );
      }
      // One UPDATE per criterion: values of a code move together to the new node.
      const byNode = new Map<number, { values: number[]; surveys: number[] }>();
      for (const v of values)
        (
          byNode.get(v.nodeId) ?? byNode.set(v.nodeId, { values: [], surveys: [] }).get(v.nodeId)!
        ).values.push(v.id);
      for (const s of surveys)
        (
          byNode.get(s.nodeId) ?? byNode.set(s.nodeId, { values: [], surveys: [] }).get(s.nodeId)!
        ).surveys.push(s.id);
      for (const [oldId, ids] of byNode) {
        const nodeId = leafByCode.get(codeOf.get(oldId)!)!;
        if (ids.values.length)
          await tx.assessmentValue.updateMany({ where: { id: { in: ids.values } }, data: { nodeId } });
        if (ids.surveys.length)
          await tx.surveyResult.updateMany({ where: { id: { in: ids.surveys } }, data: { nodeId } });
      }
      await tx.evaluationRound.update({ where: { id: round.id }, data: { criteriaSetId: target.id } });
      await recordAudit(
        {
          actor,
          action: "switch-round",
          entity: "CriteriaSet",
          entityId: target.id,
          roundId: round.id,
          oldValue: { criteriaSetId: round.criteriaSetId },
          newValue: { criteriaSetId: target.id, values: values.length, surveys: surveys.length },
        },
        tx,
      );
      return { roundId: round.id, setId: target.id, moved: values.length + surveys.length };
    },
    { timeout: 60_000 },
  );
}
