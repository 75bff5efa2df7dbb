import { describe, expect, it } from "vitest";
import { foldRows } from "./fold-rows";

const row = (key: string, finished: number, early: number, onTime: number, open = 0) => ({
  key,
  finished,
  early,
  onTime,
  late: finished - early - onTime,
  onTimeRate: finished ? Math.round(((early + onTime) * 10000) / finished) / 100 : null,
  open,
  openInTime: open,
  overdue: 0,
  online: 0,
  apologyLetters: 0,
  apologyLettersInTime: 0,
  received: finished + open,
  carriedOver: 0,
  receivedNew: finished + open,
  receivedOnline: 0,
  receivedInPerson: finished + open,
  receivedPostal: 0,
});

describe("foldRows", () => {
  it("adds the predecessors' counts under the successor and recomputes the rate", () => {
    const to: Record<string, string> = { X1: "XN", X2: "XN", X3: "XN", X4: "X4", SO: "SO" };
    const folded = foldRows(
      [
        row("X1", 10, 5, 5),
        row("X2", 3, 0, 1, 2),
        row("X3", 0, 0, 0, 1),
        row("X4", 4, 4, 0),
        row("SO", 1, 1, 0),
      ],
      (k) => ({ key: to[k]!, split: k === "X4" }),
    );
    expect(folded).toEqual([
      { ...row("XN", 13, 5, 6, 3), onTimeRate: 84.62 },
      { ...row("X4", 4, 4, 0), split: true },
      row("SO", 1, 1, 0),
    ]);
  });
  it("leaves a rate it cannot recompute null rather than adding it", () => {
    const [r] = foldRows<ReturnType<typeof row> & { shareRate: number }>(
      [
        { ...row("A", 1, 1, 0), shareRate: 50 },
        { ...row("B", 1, 0, 0), shareRate: 10 },
      ],
      () => ({ key: "N", split: false }),
    );
    expect(r).toMatchObject({ finished: 2, onTimeRate: 50, shareRate: null });
  });
});
