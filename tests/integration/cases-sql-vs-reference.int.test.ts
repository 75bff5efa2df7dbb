// The SQL figures agree with the reference rules in lib/cases/classify.ts on random cases.
import { describe, expect, it } from "vitest";
import { makeUnit } from "./factories";
import { rng } from "../../lib/demo/random";
import { importCases } from "../../lib/cases/import-cases";
import { jsonRows } from "../../lib/cases/case-source";
import { parseVnDate, vnDayNumber, vnYearStart } from "../../lib/cases/dates";
import { apologyInTime, classifyFinished, classifyOpen } from "../../lib/cases/classify";
import { caseReport } from "../../lib/queries/cases/case-report";

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

    const year = 2023;
    const start = vnYearStart(year), end = vnYearStart(year + 1), last = vnDayNumber(parseVnDate("2023-12-31")!);
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
    const [row] = await caseReport(year, "unit", [unit.id]);
    expect(row).toMatchObject(exp);
    expect(row!.onTimeRate).toBeCloseTo(((exp.early + exp.onTime) / exp.finished) * 100, 2);
  });
});
