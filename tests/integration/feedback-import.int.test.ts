// Feedback (PAKN) import (issue 12, item 4): `npm run cchc -- import feedback` stores a file all or
// nothing, a re-import changes nothing, bad rows are named and nothing is stored; the figures per
// unit and year read what was imported ("230 received, 207 handled").
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeUnit } from "./factories";
import { db } from "../../lib/db/client";
import { feedbackFigures } from "../../lib/queries/feedback/feedback-figures";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-pakn-"));
const run = (...args: string[]) =>
  spawnSync("npx", ["tsx", "scripts/cchc.ts", ...args], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    encoding: "utf8",
    env: { ...process.env },
  });
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("npm run cchc -- import feedback", () => {
  it("stores 230 items with 207 handled, and a re-import changes nothing", async () => {
    const unit = await makeUnit({ code: "XA_PAKN" });
    const lines = ["ma_pakn,ma_don_vi,ngay_tiep_nhan,han_xu_ly,ngay_xu_ly,kenh,noi_dung"];
    for (let i = 0; i < 230; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      // 207 handled: 190 by the due day (10 days), 17 late; 23 still open
      const handled = i < 190 ? `2024-03-${day}` : i < 207 ? `2024-05-${day}` : "";
      lines.push(
        `PAKN-${i},XA_PAKN,${day}/02/2024,2024-03-${day},${handled},${1 + (i % 3)},"Phản ánh số ${i}, về đất đai"`,
      );
    }
    const csv = file("pakn.csv", `${lines.join("\n")}\n`);
    const first = run("import", "feedback", csv, "--json");
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      ok: true,
      rows: 230,
      inserted: 230,
      updated: 0,
      unchanged: 0,
    });
    const [figures] = await feedbackFigures(2024, [unit.id]);
    expect(figures).toMatchObject({ received: 230, resolved: 207, resolvedInTime: 190, open: 23 });
    expect(await db().feedback.count({ where: { channel: 2 } })).toBe(77);

    const again = run("import", "feedback", csv);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe("Đã nhập 230 phản ánh, kiến nghị: 0 mới, 0 cập nhật, 230 không đổi.\n");
    expect(await db().auditLog.count({ where: { entity: "Feedback", action: "import" } })).toBe(1);
  });

  it("refuses a file with bad rows, naming each, and stores nothing", async () => {
    const before = await db().feedback.count();
    const bad = file(
      "bad.csv",
      [
        "ma_pakn,ma_don_vi,ngay_tiep_nhan,han_xu_ly,ngay_xu_ly,kenh",
        "B1,XA_PAKN,01/03/2024,10/03/2024,,2",
        "B2,KHONG_CO,01/03/2024,10/03/2024,,1",
        "",
        "B3,XA_PAKN,31/02/2024,10/03/2024,,1",
        "B1,XA_PAKN,01/03/2024,28/02/2024,05/03/2024,fax",
      ].join("\n"),
    );
    const r = run("import", "feedback", bad);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("dòng"))).toEqual([
      'dòng 3, cột ma_don_vi: không có đơn vị mã "KHONG_CO" trong hệ thống',
      'dòng 5, cột ngay_tiep_nhan: "31/02/2024" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd, có thể kèm giờ)',
      'dòng 6, cột ma_pakn: mã "B1" trùng với dòng 2',
      "dòng 6, cột han_xu_ly: hạn xử lý trước ngày tiếp nhận",
      'dòng 6, cột kenh: "fax" không hợp lệ; dùng 1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích)',
    ]);
    const unknown = run(
      "import",
      "feedback",
      file("x.csv", "ma_pakn,ma_don_vi,ngay_tiep_nhan,han_xu_ly,nguoi_gui\n"),
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/dòng 1, cột nguoi_gui: cột không có trong định dạng tệp này/);
    expect(await db().feedback.count()).toBe(before);
  });
});
