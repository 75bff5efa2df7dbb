// A double-click burst, or a unit's staff saving the same leaf together (issue 17): every save is
// answered — one success, the rest conflicts carrying the winner's value — and none fails.
import { describe, expect, it, beforeAll } from "vitest";
import { db, SecondConnectionError } from "../../lib/db/client";
import { saveSelfValues } from "../../lib/assessment/values";
import { assessmentFixture } from "./assessment-fixture";

let f: Awaited<ReturnType<typeof assessmentFixture>>;
beforeAll(async () => {
  f = await assessmentFixture("BURST");
});

const item = (code: string, version: number, selfValue: string | null) => ({
  code,
  version,
  selfValue,
  notApplicable: false,
  explanation: null,
});
type Saved = Awaited<ReturnType<typeof saveSelfValues>>;

describe("concurrent saves of one leaf", () => {
  it("answers 20 identical saves at once with 1 success and 19 conflicts, never an error", async () => {
    const burst = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveSelfValues(i % 2 ? f.headA : f.staffA, {
          roundId: f.round.id,
          unitId: f.a.id,
          items: [item("1.1", 0, "1")],
        }),
      ),
    );
    expect(
      burst.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([]);
    const results = burst.map((r) => (r as PromiseFulfilledResult<Saved>).value.results[0]!);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const conflicts = results.filter((r) => !r.ok);
    expect(conflicts).toHaveLength(19);
    for (const c of conflicts) expect(c).toMatchObject({ conflict: { selfValue: "1", version: 1 } });
  });

  it("answers a burst with a stale version with 20 conflicts", async () => {
    const stale = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        saveSelfValues(f.staffA, { roundId: f.round.id, unitId: f.a.id, items: [item("1.1", 0, "0")] }),
      ),
    );
    expect(stale.map((r) => (r.status === "fulfilled" ? r.value.results[0]!.ok : String(r.reason)))).toEqual(
      Array(20).fill(false),
    );
    expect(
      await db().assessmentValue.findFirstOrThrow({ where: { unitId: f.a.id, node: { code: "1.1" } } }),
    ).toMatchObject({ selfValue: "1", version: 1 });
  });

  it("refuses db() inside a transaction, where it would hold a second pool connection", async () => {
    await expect(db().$transaction(async () => db().user.count())).rejects.toBeInstanceOf(
      SecondConnectionError,
    );
    expect(await db().$transaction(async (tx) => tx.user.count())).toBeGreaterThan(0);
  });
});
