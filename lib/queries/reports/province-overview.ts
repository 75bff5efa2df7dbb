// The province at a glance for one year: each group's average and classification counts, the units
// that rose and fell most, and how many units fall in each index band.
import { rankingRounds } from "./ranking-rounds";
import { rankingData } from "./rankings";
import { provinceFigures, type ProvinceFigures } from "../../reports/province-figures";

export type ProvinceOverview = ProvinceFigures & { year: number | null; kind: "published" | "live" | null };

export async function provinceOverview(requestedYear?: number | null): Promise<ProvinceOverview> {
  const rounds = await rankingRounds();
  const year =
    requestedYear && rounds.years.includes(requestedYear) ? requestedYear : rounds.latestPublishedYear;
  if (year === null) return { year: null, kind: null, ...provinceFigures([]) };
  const groups = [...new Set(rounds.published.filter((p) => p.year === year).map((p) => p.group))];
  const tables = (
    await Promise.all((groups.length ? groups : rounds.groups).map((g) => rankingData(year, g)))
  ).filter((t) => t !== null);
  return {
    year,
    kind: tables.some((t) => t.kind === "live") ? "live" : "published",
    ...provinceFigures(tables),
  };
}
