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
    const r = rng(42);
    const day = (base: string, plus: number) => new Date(parseVnDate(base)!.getTime() + plus * 86_400_000 + r.int(0, 23) * 3_600_000);
    const iso = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
    const items = Array.from({ length: 600 }, (_, i) => {
      const received = day("2022-11-01", r.int(0, 480));
      const due = new Date(received.getTime() + r.int(0, 15) * 86_400_000);
      const finished = r.chance(0.85) ? new Date(received.getTime() + r.int(0, 20) * 86_400_000) : null;
      const status = r.chance(0.05) ? "tra_lai" : finished ? "da_xu_ly" : "dang_xu_ly";
      const apology = r.chance(0.3) ? new Date(received.getTime() + r.int(0, 15) * 86_400_000) : null;
      return {
        ma_ho_so: `R${i}`, ma_don_vi: "R1", kenh: r.int(1, 3), ngay_tiep_nhan: iso(received), ngay_hen_tra: iso(due),
        ngay_ket_thuc_xu_ly: finished ? iso(finished) : "", trang_thai: status, so_lan_bo_sung: r.int(0, 2),
        so_ngay_cho_bo_sung: r.chance(0.2) ? r.int(1, 5) : 0, ngay_thu_xin_loi: apology ? iso(apology) : "",
      };
    });
    const result = await importCases(jsonRows(items));
    expect(result.ok).toBe(true);

    const expected = (start: Date, end: Date, last: number) => {
      const exp = { finished: 0, early: 0, onTime: 0, late: 0, open: 0, openInTime: 0, overdue: 0, online: 0, apologyLetters: 0, apologyLettersInTime: 0 };
      for (const it of items) {
        if (it.trang_thai === "tra_lai") continue;
        const c = {
          dueAt: parseVnDate(it.ngay_hen_tra)!, finishedAt: it.ngay_ket_thuc_xu_ly ? parseVnDate(it.ngay_ket_thuc_xu_ly) : null,
          supplementCount: it.so_lan_bo_sung, supplementWaitDays: it.so_ngay_cho_bo_sung,
          apologyLetterAt: it.ngay_thu_xin_loi ? parseVnDate(it.ngay_thu_xin_loi) : null, status: it.trang_thai as "da_xu_ly",
        };
        const received = parseVnDate(it.ngay_tiep_nhan)!;
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

    const exp = expected(vnYearStart(2023), vnYearStart(2024), vnDayNumber(parseVnDate("2023-12-31")!));
    const [row] = await caseReport(2023, "unit", [unit.id]);
    expect(row).toMatchObject(exp);
    expect(row!.onTimeRate).toBeCloseTo(((exp.early + exp.onTime) / exp.finished) * 100, 2);

    const months = await caseReportByMonth(2023, [unit.id]);
    for (const [key, from, to, last] of [["2023-02", "2023-02-01", "2023-03-01", "2023-02-28"], ["2023-06", "2023-06-01", "2023-07-01", "2023-06-30"], ["2023-12", "2023-12-01", "2024-01-01", "2023-12-31"]] as const) {
      expect(months.find((m) => m.key === key)).toMatchObject(expected(parseVnDate(from)!, parseVnDate(to)!, vnDayNumber(parseVnDate(last)!)));
    }
  });
});
