import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";

const FILE = "\uFEFFma_don_vi,ten_don_vi,loai,cap,ma_don_vi_cha,khoi\nX_1,UBND xã Một,XA,xa,H_1,\nH_1,UBND huyện Một,HUYEN,huyen,,\nSO_A,Sở A,SO,tinh,,KHOI_SO\n";

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
    const entry = await db().auditLog.findFirstOrThrow({ where: { entity: "Unit" }, orderBy: { id: "desc" } });
    expect(entry.oldValue).toMatchObject({ name: "Sở A" });
    expect(entry.newValue).toMatchObject({ name: "Sở A mới" });
  });

  it("writes nothing when one row names an unknown parent", async () => {
    const before = await db().unit.count();
    const { units, errors } = parseUnitsFile("ma_don_vi,ten_don_vi,loai,cap,ma_don_vi_cha\nSO_Z,Sở Z,SO,tinh,\nX_9,Xã 9,XA,xa,KHONG_CO\n");
    expect(errors).toEqual([]);
    const result = await importUnits(units, null);
    expect(result.errors).toEqual([{ row: 3, column: "ma_don_vi_cha", message: 'không có đơn vị mã "KHONG_CO" trong tệp hay trong hệ thống' }]);
    expect(await db().unit.count()).toBe(before);
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
