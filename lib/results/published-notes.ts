// What the appraisers wrote to each unit (the general comment, and per leaf the reason for a
// changed value and a comment), frozen with a publication so that the unit reads the words that
// went with the published figures, not a correction still being prepared.
import type { Db } from "../db/client";

export type LeafNote = { reason: string | null; comment: string | null };
export type UnitNotes = { comment: string | null; leaves: Record<string, LeafNote> };
/** per unit code */
export type PublishedNotes = Record<string, UnitNotes>;

export async function readPublishedNotes(
  client: Pick<Db, "assessmentValue" | "unitSubmission">,
  roundId: number,
): Promise<PublishedNotes> {
  const [values, submissions] = await Promise.all([
    client.assessmentValue.findMany({
      where: { roundId, OR: [{ appraisalReason: { not: null } }, { appraisalComment: { not: null } }] },
      select: {
        appraisalReason: true,
        appraisalComment: true,
        unit: { select: { code: true } },
        node: { select: { code: true } },
      },
    }),
    client.unitSubmission.findMany({
      where: { roundId, comment: { not: null } },
      select: { comment: true, unit: { select: { code: true } } },
    }),
  ]);
  const notes: PublishedNotes = {};
  const of = (code: string) => (notes[code] ??= { comment: null, leaves: {} });
  for (const v of values)
    of(v.unit.code).leaves[v.node.code] = { reason: v.appraisalReason, comment: v.appraisalComment };
  for (const s of submissions) of(s.unit.code).comment = s.comment;
  return notes;
}
