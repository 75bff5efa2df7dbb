import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT, BACKUP_VERSION, loadOrder, manifestProblem } from "./backup-manifest";

describe("the backup's load order", () => {
  it("puts every table after the tables it refers to, itself aside", () => {
    expect(
      loadOrder(
        ["Score", "Unit", "User", "Round"],
        [
          { from: "Score", to: "Unit" },
          { from: "Score", to: "Round" },
          { from: "User", to: "Unit" },
          { from: "Unit", to: "Unit" },
        ],
      ),
    ).toEqual(["Round", "Unit", "Score", "User"]);
  });
  it("names tables that refer to each other in a circle", () => {
    expect(() =>
      loadOrder(
        ["A", "B"],
        [
          { from: "A", to: "B" },
          { from: "B", to: "A" },
        ],
      ),
    ).toThrow(/A, B/);
  });
});

describe("whether a backup can be restored by this version", () => {
  const known = [
    { name: "1_init", checksum: "a" },
    { name: "2_more", checksum: "b" },
  ];
  const m = (migrations: { name: string; checksum: string }[]) => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: "",
    migrations,
    tables: [],
    files: [],
  });
  it("accepts a backup made by this version or an older one", () => {
    expect(manifestProblem(m(known), known)).toBeNull();
    expect(manifestProblem(m(known.slice(0, 1)), known)).toBeNull();
  });
  it("refuses a newer version's backup, a changed migration and something else", () => {
    expect(manifestProblem(m([...known, { name: "3_new", checksum: "c" }]), known)).toMatch(
      /phiên bản mới hơn/,
    );
    expect(manifestProblem(m([{ name: "1_init", checksum: "x" }]), known)).toMatch(/khác với phiên bản này/);
    expect(manifestProblem({ hello: 1 }, known)).toMatch(/không phải là bản sao lưu/);
  });
});
