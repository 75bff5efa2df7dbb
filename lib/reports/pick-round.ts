// Which year and group a report shows, from its search params: a year and group that have a round,
// otherwise the latest published year and group SO.
export type RoundChoice = { years: number[]; groups: string[]; latestPublishedYear: number | null };

export function pickRound(
  sp: Record<string, string | string[] | undefined>,
  rounds: RoundChoice,
): { year: number; group: string } | null {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : sp[k]);
  const y = Number(one("nam"));
  const year = rounds.years.includes(y) ? y : rounds.latestPublishedYear;
  const g = one("khoi") ?? "";
  const group = rounds.groups.includes(g) ? g : rounds.groups.includes("SO") ? "SO" : rounds.groups[0];
  return year === null || group === undefined ? null : { year, group };
}
