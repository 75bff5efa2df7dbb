// The year a case page or export shows: the one asked for when it is a plausible year, else the
// current year in Vietnam.
export function reportYear(asked: string | null | undefined, years: number[] = []): number {
  const y = Number(asked);
  if (Number.isInteger(y) && y >= 2000 && y <= 2100) return y;
  return (
    years[0] ??
    Number(
      new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()),
    )
  );
}
