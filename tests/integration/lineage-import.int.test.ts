// `import lineage`: all or nothing, idempotent, old units ended, audited; the CLI with bad files.
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { parseLineageFile } from "../../lib/units/lineage-file";
import { importLineage } from "../../lib/units/import-lineage";
import { makeUser } from "./factories";

const tmp = mkdtempSync(path.join(tmpdir(), "cchc-lineage-"));
const UNITS = `ma_don_vi,ten_don_vi,loai,cap,hieu_luc_tu,hieu_luc_den
L_X1,UBND xã Một,XA,xa,,
L_X2,UBND xã Hai,XA,xa,,
L_X3,UBND xã Ba,XA,xa,,2025-06-30
L_X4,UBND xã Bốn,XA,xa,,
L_XN,UBND xã Mới,XA,xa,2025-07-01,
L_XM,UBND phường Mới,XA,xa,2025-07-01,
`;
const LINEAGE = `ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,hinh_thuc,ty_le
L_X1,L_XN,2025-07-01,sap_nhap,
L_X2,L_XN,2025-07-01,sap_nhap,
L_X3,L_XN,2025-07-01,sap_nhap,
L_X4,L_XN,2025-07-01,chia_tach,0.7
L_X4,L_XM,2025-07-01,chia_tach,0.3
`;

let openItem = 0,
  doneItem = 0;
beforeAll(async () => {
  expect(await importUnits(parseUnitsFile(UNITS).units, null)).toMatchObject({ created: 6 });
  const x1 = await db().unit.findUniqueOrThrow({ where: { code: "L_X1" } });
  const admin = await makeUser("ADMIN");
  const plan = await db().remediationPlan.create({
    data: { unitId: x1.id, year: 2024, title: "Kế hoạch khắc phục 2024", createdById: admin.id },
  });
  const item = (status: "IN_PROGRESS" | "VERIFIED") =>
    db().remediationItem.create({
      data: {
        planId: plan.id,
        source: "MANUAL",
        problem: "Chưa công khai TTHC",
        action: "Công khai",
        owner: "Văn phòng",
        deadline: new Date("2025-09-30"),
        status,
      },
    });
  openItem = (await item("IN_PROGRESS")).id;
  doneItem = (await item("VERIFIED")).id;
});

describe("import lineage", () => {
  it("stores the events, ends the old units the day before, and changes nothing on a second import", async () => {
    const { rows, errors } = parseLineageFile(LINEAGE);
    expect(errors).toEqual([]);
    expect(await importLineage(rows, null)).toMatchObject({
      created: 5,
      updated: 0,
      unchanged: 0,
      unitsEnded: 3,
      itemsCarried: 1,
      errors: [],
    });
    const x1 = await db().unit.findUniqueOrThrow({ where: { code: "L_X1" } });
    expect(x1.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
    expect(await db().unitLineage.count({ where: { toUnit: { code: "L_XN" } } })).toBe(4);
    const audits = await db().auditLog.count();
    expect(await importLineage(rows, null)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 5,
      unitsEnded: 0,
      itemsCarried: 0,
    });
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("passes the open remediation items of a merged unit to its successor, keeping where they came from", async () => {
    const xn = await db().unit.findUniqueOrThrow({ where: { code: "L_XN" } });
    const x1 = await db().unit.findUniqueOrThrow({ where: { code: "L_X1" } });
    const moved = await db().remediationItem.findUniqueOrThrow({
      where: { id: openItem },
      include: { plan: true },
    });
    expect([moved.plan.unitId, moved.plan.year, moved.carriedFromUnitId]).toEqual([xn.id, 2024, x1.id]);
    const kept = await db().remediationItem.findUniqueOrThrow({
      where: { id: doneItem },
      include: { plan: true },
    });
    expect(kept.plan.unitId).toBe(x1.id);
    expect(
      await db().auditLog.count({ where: { entity: "RemediationItem", entityId: String(openItem) } }),
    ).toBe(1);
  });

  it("refuses a whole file when one row would end a unit a second time, writing nothing", async () => {
    const before = await db().unitLineage.count();
    const { rows } = parseLineageFile(
      "ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,hinh_thuc\nL_X1,L_XM,2025-07-01,sap_nhap\n",
    );
    const r = await importLineage(rows, null);
    expect(r.errors).toMatchObject([{ row: 2, column: "ma_don_vi_cu" }]);
    expect(await db().unitLineage.count()).toBe(before);
  });
});

describe("npm run cchc -- import lineage", () => {
  const run = (args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/cchc.ts", ...args], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      encoding: "utf8",
      env: { ...process.env },
    });

  it("exits 1 listing every bad row, and 0 with counts on a good file", () => {
    const bad = path.join(tmp, "bad.csv");
    writeFileSync(
      bad,
      "ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,hinh_thuc,ty_le\nL_X9,L_XN,2025-07-01,sap_nhap,\nL_X2,L_XM,2025-07-01,chia_tach,0.5\n",
    );
    const r = run(["import", "lineage", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dòng 2, cột ma_don_vi_cu: không có đơn vị mã "L_X9" trong hệ thống');
    expect(r.stderr).toContain("dòng 3, cột ma_don_vi_cu: đơn vị L_X2 đã kết thúc");
    const good = path.join(tmp, "good.csv");
    writeFileSync(good, LINEAGE);
    const ok = run(["import", "lineage", good, "--json"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ rows: 5, unchanged: 5 });
  }, 60_000);
});
