// The SQL figures agree with the reference rules in lib/cases/classify.ts on random cases.
import { describe, expect, it } from "vitest";
import { makeUnit } from "./factories";
import { rng } from "../../lib/demo/random";
import { importCases } from "../../lib/cases/import-cases";
import { jsonRows } from "../../lib/cases/case-source";
import { parseVnDate, vnDayNumber, vnYearStart } from "../../lib/cases/dates";
import { apologyInTime, classifyFinished, classifyOpen } from "../../lib/cases/classify";
import { caseReport } from "../../lib/queries/cases/case-report";
import { caseReportByMonth } from "../../lib/queries/cases/case-report-by-month";

describe("SQL classification", () => {
  it("matches the reference implementation on 600 random cases", async () => {
    const unit = await makeUnit({ code: "R1", level: "huyen" });
    const commune = await makeUnit({ code: "R2", level: "xa" });
    const r = rng(42);
    const day = (base: string, plus: number) =>
      new Date(parseVnDate(base)!.getTime() + plus * 86_400_000 + r.int(0, 23) * 3_600_000);
    const iso = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
    const items = Array.from({ length: 600 }, (_, i) => {
      const received = day("2022-11-01", r.int(0, 480));
      const due = new Date(received.getTime() + r.int(0, 15) * 86_400_000);
      const finished = r.chance(0.85) ? new Date(received.getTime() + r.int(0, 20) * 86_400_000) : null;
      const status = r.chance(0.05) ? "tra_lai" : finished ? "da_xu_ly" : "dang_xu_ly";
      const apology = r.chance(0.3) ? new Date(received.getTime() + r.int(0, 15) * 86_400_000) : null;
      return {
        ma_ho_so: `R${i}`,
        ma_don_vi: i % 3 === 0 ? "R2" : "R1",
        kenh: r.int(1, 3),
        ngay_tiep_nhan: iso(received),
        ngay_hen_tra: iso(due),
        ngay_ket_thuc_xu_ly: finished ? iso(finished) : "",
        trang_thai: status,
        so_lan_bo_sung: r.int(0, 2),
        so_ngay_cho_bo_sung: r.chance(0.2) ? r.int(1, 5) : 0,
        ngay_thu_xin_loi: apology ? iso(apology) : "",
      };
    });
    const result = await importCases(jsonRows(items));
    expect(result.ok).toBe(true);

    const expected = (start: Date, end: Date, last: number, unitCode?: string) => {
      const exp = {
        finished: 0,
        early: 0,
        onTime: 0,
        late: 0,
        open: 0,
        openInTime: 0,
        overdue: 0,
        online: 0,
        apologyLetters: 0,
        apologyLettersInTime: 0,
        received: 0,
        carriedOver: 0,
        receivedNew: 0,
        receivedOnline: 0,
        receivedInPerson: 0,
        receivedPostal: 0,
      };
      for (const it of items) {
        if (it.trang_thai === "tra_lai" || (unitCode && it.ma_don_vi !== unitCode)) continue;
        const c = {
          dueAt: parseVnDate(it.ngay_hen_tra)!,
          finishedAt: it.ngay_ket_thuc_xu_ly ? parseVnDate(it.ngay_ket_thuc_xu_ly) : null,
          supplementCount: it.so_lan_bo_sung,
          supplementWaitDays: it.so_ngay_cho_bo_sung,
          apologyLetterAt: it.ngay_thu_xin_loi ? parseVnDate(it.ngay_thu_xin_loi) : null,
          status: it.trang_thai as "da_xu_ly",
        };
        const received = parseVnDate(it.ngay_tiep_nhan)!;
        // received for the period: every case it finished or left open, carried over or new by channel
        if (received < end && (!c.finishedAt || c.finishedAt >= start)) {
          exp.received++;
          if (received < start) exp.carriedOver++;
          else {
            exp.receivedNew++;
            if (it.kenh === 1) exp.receivedInPerson++;
            else if (it.kenh === 2) exp.receivedOnline++;
            else exp.receivedPostal++;
          }
        }
        if (c.finishedAt && c.finishedAt >= start && c.finishedAt < end) {
          const o = classifyFinished(c)!;
          exp.finished++;
          exp[o]++;
          if (it.kenh === 2) exp.online++;
          if (o === "late" && c.apologyLetterAt) exp.apologyLetters++;
          if (o === "late" && apologyInTime(c)) exp.apologyLettersInTime++;
        } else if (received < end && (!c.finishedAt || c.finishedAt >= end)) {
          exp.open++;
          if (classifyOpen(c, last) === "inTime") exp.openInTime++;
          else exp.overdue++;
        }
      }
      return exp;
    };

    const lastDay = vnDayNumber(parseVnDate("2023-12-31")!);
    const exp = expected(vnYearStart(2023), vnYearStart(2024), lastDay, "R1");
    const [row] = await caseReport(2023, "unit", [unit.id]);
    expect(row).toMatchObject(exp);
    expect(row!.onTimeRate).toBeCloseTo(((exp.early + exp.onTime) / exp.finished) * 100, 2);

    // the province-year by level: each level and the total against the brute-force count, and the
    // official report's identities (received = carried over + new = finished + in progress)
    const byLevel = await caseReport(2023, "level", [unit.id, commune.id]);
    expect(byLevel.map((r) => r.key)).toEqual(["huyen", "xa"]);
    expect(byLevel[0]).toMatchObject(exp);
    expect(byLevel[1]).toMatchObject(expected(vnYearStart(2023), vnYearStart(2024), lastDay, "R2"));
    const all = expected(vnYearStart(2023), vnYearStart(2024), lastDay);
    const sum = (k: keyof typeof all) => byLevel.reduce((a, r) => a + r[k], 0);
    for (const k of Object.keys(all) as (keyof typeof all)[]) expect(sum(k), k).toBe(all[k]);
    expect(all.received).toBeGreaterThan(300);
    expect(all.carriedOver).toBeGreaterThan(0);
    expect(all.received).toBe(all.carriedOver + all.receivedNew);
    expect(all.receivedNew).toBe(all.receivedOnline + all.receivedInPerson + all.receivedPostal);
    expect(all.received).toBe(all.finished + all.open);
    expect(all.finished).toBe(all.early + all.onTime + all.late);
    expect(all.open).toBe(all.openInTime + all.overdue);

    const months = await caseReportByMonth(2023, [unit.id]);
    for (const [key, from, to, last] of [
      ["2023-02", "2023-02-01", "2023-03-01", "2023-02-28"],
      ["2023-06", "2023-06-01", "2023-07-01", "2023-06-30"],
      ["2023-12", "2023-12-01", "2024-01-01", "2023-12-31"],
    ] as const) {
      expect(months.find((m) => m.key === key)).toMatchObject(
        expected(parseVnDate(from)!, parseVnDate(to)!, vnDayNumber(parseVnDate(last)!), "R1"),
      );
    }
  });
});
