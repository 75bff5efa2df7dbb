import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";

const FILE =
  "\uFEFFma_don_vi,ten_don_vi,loai,cap,ma_don_vi_cha,khoi\nX_1,UBND xã Một,XA,xa,H_1,\nH_1,UBND huyện Một,HUYEN,huyen,,\nSO_A,Sở A,SO,tinh,,KHOI_SO\n";

describe("import units", () => {
  it("creates units with parents given later in the file, and re-importing changes nothing", async () => {
    const { units, errors } = parseUnitsFile(FILE);
    expect(errors).toEqual([]);
    expect(await importUnits(units, null)).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const x1 = await db().unit.findUniqueOrThrow({ where: { code: "X_1" }, include: { parent: true } });
    expect(x1.parent?.code).toBe("H_1");
    expect(x1.group).toBe("XA");
    expect((await db().unit.findUniqueOrThrow({ where: { code: "SO_A" } })).group).toBe("KHOI_SO");
    const auditBefore = await db().auditLog.count();
    expect(await importUnits(units, null)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await db().auditLog.count()).toBe(auditBefore);
  });

  it("updates a changed name and records old and new in the audit log", async () => {
    const { units } = parseUnitsFile("ma_don_vi,ten_don_vi,loai,cap\nSO_A,Sở A mới,SO,tinh\n");
    expect(await importUnits(units, null)).toMatchObject({ created: 0, updated: 1 });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entity: "Unit" },
      orderBy: { id: "desc" },
    });
    expect(entry.oldValue).toMatchObject({ name: "Sở A" });
    expect(entry.newValue).toMatchObject({ name: "Sở A mới" });
  });

  it("writes nothing when one row names an unknown parent", async () => {
    const before = await db().unit.count();
    const { units, errors } = parseUnitsFile(
      "ma_don_vi,ten_don_vi,loai,cap,ma_don_vi_cha\nSO_Z,Sở Z,SO,tinh,\nX_9,Xã 9,XA,xa,KHONG_CO\n",
    );
    expect(errors).toEqual([]);
    const result = await importUnits(units, null);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: "ma_don_vi_cha",
        message: 'không có đơn vị mã "KHONG_CO" trong tệp hay trong hệ thống',
      },
    ]);
    expect(await db().unit.count()).toBe(before);
  });

  it("stores validity dates, keeps them when a later file has no such columns, and audits a change", async () => {
    const { units, errors } = parseUnitsFile(
      "ma_don_vi,ten_don_vi,loai,cap,hieu_luc_tu,hieu_luc_den\nH_V,UBND huyện V,HUYEN,huyen,,30/06/2025\nX_V,UBND xã V,XA,xa,2025-07-01,\n",
    );
    expect(errors).toEqual([]);
    expect(await importUnits(units, null)).toMatchObject({ created: 2 });
    const hv = await db().unit.findUniqueOrThrow({ where: { code: "H_V" } });
    expect([hv.validFrom, hv.validTo?.toISOString().slice(0, 10)]).toEqual([null, "2025-06-30"]);
    expect(
      (await db().unit.findUniqueOrThrow({ where: { code: "X_V" } })).validFrom?.toISOString().slice(0, 10),
    ).toBe("2025-07-01");
    expect(
      await importUnits(
        parseUnitsFile("ma_don_vi,ten_don_vi,loai,cap\nH_V,UBND huyện V,HUYEN,huyen\n").units,
        null,
      ),
    ).toMatchObject({ unchanged: 1 });
    expect(await importUnits(units, null)).toMatchObject({ unchanged: 2 });
    const moved = parseUnitsFile(
      "ma_don_vi,ten_don_vi,loai,cap,hieu_luc_den\nH_V,UBND huyện V,HUYEN,huyen,2025-07-31\n",
    );
    expect(await importUnits(moved.units, null)).toMatchObject({ updated: 1 });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entity: "Unit", entityId: String(hv.id) },
      orderBy: { id: "desc" },
    });
    expect([entry.oldValue, entry.newValue]).toMatchObject([
      { validTo: "2025-06-30" },
      { validTo: "2025-07-31" },
    ]);
  });

  it("refuses a column it does not know, a bad date and a validity that ends before it starts, naming the file's line (issue 11, 15)", () => {
    const unknown = parseUnitsFile("ma_don_vi,ten_don_vi,loai,cap,ma_don_vi_tien_than\nX_1,Xã,XA,xa,X_0\n");
    expect(unknown.units).toEqual([]);
    expect(unknown.errors).toMatchObject([{ row: 1, column: "ma_don_vi_tien_than" }]);
    const bad = parseUnitsFile(
      "ma_don_vi,ten_don_vi,loai,cap,hieu_luc_tu,hieu_luc_den\nX_1,Xã 1,XA,xa,,\n\nX_2,Xã 2,XA,xa,31/02/2025,\nX_3,Xã 3,XA,xa,2025-07-01,2025-06-30\n",
    );
    expect(bad.errors).toEqual([
      {
        row: 4,
        column: "hieu_luc_tu",
        message: '"31/02/2025" không phải là ngày (YYYY-MM-DD hoặc dd/mm/yyyy)',
      },
      {
        row: 5,
        column: "hieu_luc_den",
        message: "ngày hết hiệu lực 30/06/2025 trước ngày có hiệu lực 01/07/2025",
      },
    ]);
  });

  it("refuses to change or delete audit entries", async () => {
    await expect(db().auditLog.deleteMany({})).rejects.toThrow();
  });
});

describe("audit entries", () => {
  it("record a refused attempt without old or new values", async () => {
    const { recordAudit } = await import("../../lib/audit/record");
    await recordAudit({ actor: null, action: "forbidden", entity: "access", entityId: "page:x" });
    expect(await db().auditLog.count({ where: { action: "forbidden" } })).toBe(1);
  });
});
