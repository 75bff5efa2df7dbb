import { describe, expect, it } from "vitest";
import {
  REMEDIATION_STATUSES,
  addDays,
  checkTransition,
  isDueSoon,
  isOverdue,
  nextTransitions,
  type Mover,
  type RemediationStatus,
} from "./status";

const BOTH: Mover[] = ["unit", "verifier"];

describe("checkTransition", () => {
  // every pair of statuses: exactly these are legal (for someone)
  const legal = new Set([
    "PLANNED>IN_PROGRESS",
    "REOPENED>IN_PROGRESS",
    "IN_PROGRESS>DONE",
    "DONE>VERIFIED",
    "DONE>REOPENED",
    "VERIFIED>REOPENED",
  ]);
  for (const from of REMEDIATION_STATUSES) {
    for (const to of REMEDIATION_STATUSES) {
      const key = `${from}>${to}`;
      it(`${key} is ${legal.has(key) ? "legal" : "refused"}`, () => {
        const r = checkTransition(from, to, BOTH, "lý do");
        expect(r.ok).toBe(legal.has(key));
        if (!r.ok) expect(r.status).toBe(409);
      });
    }
  }

  it.each<[RemediationStatus, RemediationStatus, Mover, boolean]>([
    ["PLANNED", "IN_PROGRESS", "unit", true],
    ["PLANNED", "IN_PROGRESS", "verifier", false],
    ["IN_PROGRESS", "DONE", "unit", true],
    ["DONE", "VERIFIED", "unit", false],
    ["DONE", "VERIFIED", "verifier", true],
    ["DONE", "REOPENED", "unit", false],
    ["VERIFIED", "REOPENED", "verifier", true],
  ])("%s → %s by %s: %s", (from, to, by, ok) => {
    const r = checkTransition(from, to, [by], "lý do");
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.status).toBe(403);
  });

  it("reopening needs a reason", () => {
    expect(checkTransition("DONE", "REOPENED", ["verifier"], "  ")).toMatchObject({
      ok: false,
      status: 422,
      field: "reason",
    });
    expect(checkTransition("DONE", "REOPENED", ["verifier"], null)).toMatchObject({
      ok: false,
      field: "reason",
    });
    expect(checkTransition("DONE", "REOPENED", ["verifier"], "Chưa có văn bản").ok).toBe(true);
  });

  it("names both statuses in Vietnamese when refused", () => {
    const r = checkTransition("PLANNED", "VERIFIED", BOTH);
    expect(r.ok ? "" : r.error).toBe('Không thể chuyển từ "Chưa thực hiện" sang "Đã xác nhận khắc phục"');
  });
});

describe("nextTransitions", () => {
  it("offers the unit start/complete and the verifier verify/reopen", () => {
    expect(nextTransitions("PLANNED", ["unit"]).map((t) => t.to)).toEqual(["IN_PROGRESS"]);
    expect(nextTransitions("DONE", ["unit"])).toEqual([]);
    expect(nextTransitions("DONE", ["verifier"]).map((t) => t.to)).toEqual(["VERIFIED", "REOPENED"]);
    expect(nextTransitions("VERIFIED", BOTH).map((t) => t.to)).toEqual(["REOPENED"]);
  });
});

describe("overdue and due soon", () => {
  const today = "2026-11-22";
  it.each<[string, RemediationStatus, boolean, boolean]>([
    ["2026-11-21", "PLANNED", true, false],
    ["2026-11-21", "IN_PROGRESS", true, false],
    ["2026-11-21", "REOPENED", true, false],
    ["2026-11-21", "DONE", false, false],
    ["2026-11-21", "VERIFIED", false, false],
    ["2026-11-22", "PLANNED", false, true],
    ["2026-11-29", "IN_PROGRESS", false, true],
    ["2026-11-30", "IN_PROGRESS", false, false],
    ["2026-11-25", "DONE", false, false],
  ])("deadline %s, %s → overdue %s, due soon %s", (deadline, status, overdue, soon) => {
    expect(isOverdue({ deadline, status }, today)).toBe(overdue);
    expect(isDueSoon({ deadline, status }, today)).toBe(soon);
  });
  it("adds days across months and years", () => {
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });
});
