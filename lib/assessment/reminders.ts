import "server-only";
// Who to remind: the round's units that have not submitted, with their progress and the names of
// their heads and staff (active accounts), sorted by unit name.
import { db } from "../db/client";
import { byName } from "../units/queries";
import { loadRound } from "./context";
import { roundProgress } from "./rounds";
import type { ReminderList } from "../reports/xlsx/reminder-workbook";

export async function reminderList(roundId: number, at = new Date()): Promise<ReminderList> {
  const [round, progress] = await Promise.all([loadRound(roundId), roundProgress(roundId)]);
  const pending = progress.filter((u) => u.status !== "SUBMITTED");
  const users = await db().user.findMany({
    where: {
      active: true,
      unitId: { in: pending.map((u) => u.unitId) },
      role: { in: ["UNIT_HEAD", "UNIT_STAFF"] },
    },
    select: { name: true, role: true, unitId: true },
  });
  const namesOf = (unitId: number, role: "UNIT_HEAD" | "UNIT_STAFF") =>
    users
      .filter((x) => x.unitId === unitId && x.role === role)
      .map((x) => x.name)
      .sort((a, b) => a.localeCompare(b, "vi"));
  return {
    round: {
      year: round.year,
      group: round.group,
      name: round.name,
      selfAssessmentEnd: round.selfAssessmentEnd,
    },
    at,
    rows: pending.sort(byName).map((u) => ({
      code: u.code,
      name: u.name,
      status: u.status,
      filled: u.filled,
      total: u.total,
      heads: namesOf(u.unitId, "UNIT_HEAD"),
      staff: namesOf(u.unitId, "UNIT_STAFF"),
    })),
  };
}
