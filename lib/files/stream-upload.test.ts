import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { streamUpload } from "./stream-upload";
import { DomainError } from "../errors";

const rule = { label: "một tệp CSV hoặc XLSX", extensions: [".csv", ".xlsx"], maxBytes: 100_000 };
const request = (file?: File, field = "file") => {
  const form = new FormData();
  form.set("other", "x");
  if (file) form.set(field, file);
  return new Request("http://localhost/api/cases/import", { method: "POST", body: form });
};
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return { status: e.status, message: e.message, fields: e.fieldErrors };
    throw e;
  }
  throw new Error("not refused");
}

describe("a streamed upload", () => {
  it("is written to the folder as it arrives, under a generated name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-up-"));
    const text = "ma_ho_so,ma_don_vi\nHS1,SO_A\n";
    const r = await streamUpload(request(new File([text], "hồ sơ 2023.csv")), rule, dir);
    expect(r).toMatchObject({ name: "hồ sơ 2023.csv", bytes: Buffer.byteLength(text) });
    expect(path.dirname(r.path)).toBe(dir);
    expect(path.basename(r.path)).toMatch(/^tai-len-[0-9a-f]{16}\.csv$/);
    expect(readFileSync(r.path, "utf8")).toBe(text);
  });

  it("refuses as a form upload does, leaving no file: missing, empty, wrong kind (422), too large (413)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-up-"));
    expect(await refusal(streamUpload(request(), rule, dir))).toMatchObject({
      status: 422,
      fields: { file: ["Chọn một tệp CSV hoặc XLSX"] },
    });
    expect(await refusal(streamUpload(request(new File([], "rong.csv")), rule, dir))).toMatchObject({
      status: 422,
      message: 'Tệp "rong.csv" rỗng',
    });
    expect(await refusal(streamUpload(request(new File(["x"], "anh.png")), rule, dir))).toMatchObject({
      status: 422,
      message: 'Chỉ nhận tệp .csv hoặc .xlsx (tệp gửi lên: "anh.png")',
    });
    expect(
      await refusal(streamUpload(request(new File(["x".repeat(200_000)], "lon.csv")), rule, dir)),
    ).toMatchObject({
      status: 413,
      fields: { file: ["Tệp lớn hơn 0,1 MB"] },
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
