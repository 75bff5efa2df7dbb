// `npm run cchc -- score`, run as a user would: a separate process on fixture files. No database.
// The fixture set (tests/fixtures/scoring) is not used by the engine's own tests; the expected
// results in expected-score.json were computed by hand (tests/fixtures/scoring/README.md).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => path.join("tests/fixtures/scoring", name);

function score(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/cchc.ts", "score", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = [
  "--criteria",
  fixture("criteria-khoi-huyen.json"),
  "--units",
  fixture("units.csv"),
  "--inputs",
  fixture("inputs.csv"),
];

describe("cchc score", { timeout: 60_000 }, () => {
  it("--json prints exactly the hand-computed results", () => {
    const r = score(...good, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const expected = JSON.parse(readFileSync(path.join(root, fixture("expected-score.json")), "utf8"));
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it("prints a readable Vietnamese table with vi-VN numbers", () => {
    const r = score(...good);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Bộ tiêu chí thử nghiệm khối huyện 2024 (năm 2024): 5 đơn vị");
    // ties share rank 2; the bonus caps H_AN at 100; H_CHAU is provisional; H_DONG has missing rows
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}1 {2}H_AN .* 15,50 +15,00 +100,00 +Tốt$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}2 {2}H_BINH .* 12,00 +15,00 +80,00 +Khá$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {3}2 {2}H_CHAU .* 10,40 +13,00 +80,00 +Khá +tạm tính$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}4 {2}H_DONG .* 33,33 +Yếu +thiếu 2 tiêu chí$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}1 {2}X_EM .* 81,25 +Khá$/));
    expect(r.stdout).toContain("H_CHAU: 3.1 (−1,10), 1.2 (−1,00), 1.3 (−0,50)");
  });

  it("lists every bad row of the inputs file and exits non-zero, printing nothing on stdout", () => {
    const r = score(
      "--criteria",
      fixture("criteria-khoi-huyen.json"),
      "--units",
      fixture("units.csv"),
      "--inputs",
      fixture("inputs-bad.csv"),
    );
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    const file = fixture("inputs-bad.csv");
    for (const line of [
      'dòng 3, cột tham_dinh: tiêu chí 1.2: giá trị "chín mươi" không phải là số',
      'dòng 4, cột ma_tieu_chi: đơn vị "H_AN" đã có giá trị cho tiêu chí "1.2" ở dòng 3',
      'dòng 5, cột ma_tieu_chi: mã tiêu chí "9.9" không có trong bộ tiêu chí',
      'dòng 6, cột ma_don_vi: mã đơn vị "H_ZZ" không có trong tệp đơn vị',
      'dòng 7, cột ma_tieu_chi: "2.1" là nhóm tiêu chí',
      'dòng 8, cột khong_ap_dung: "có lẽ" không hợp lệ',
      'dòng 9, cột tu_danh_gia: tiêu chí 1.1: lựa chọn "đúng hạn" không có trong tiêu chí',
    ]) {
      expect(r.stderr).toContain(`${file}: ${line}`);
    }
    expect(r.stderr).toContain("có 7 lỗi");
  });

  it("names the nodes of a bad criteria set; with --json the only stdout is one JSON document", () => {
    const r = score(
      "--criteria",
      fixture("criteria-bad.json"),
      "--units",
      fixture("units.csv"),
      "--inputs",
      fixture("inputs.csv"),
      "--json",
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Tiêu chí 1.2: ngưỡng "bands" phải có ít nhất một khoảng');
    expect(r.stderr).toContain('Tiêu chí 1.1: mã "1.1" bị trùng');
    expect(r.stderr).toContain("Xếp loại: phải có một mức xếp loại có min = 0");
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.stringContaining("Tiêu chí 1.2")]),
    });
  });

  it("refuses a missing flag or file with a clear message", () => {
    const noFlag = score("--units", fixture("units.csv"));
    expect(noFlag.code).toBe(2);
    expect(noFlag.stderr).toContain("thiếu tham số --criteria");
    const noFile = score(
      "--criteria",
      fixture("khong-co.json"),
      "--units",
      fixture("units.csv"),
      "--inputs",
      fixture("inputs.csv"),
    );
    expect(noFile.code).not.toBe(0);
    expect(noFile.stderr).toContain('khong-co.json" (không tồn tại)');
  });
});
