import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { APP_NODE_FLAGS, appProcesses, appServerArgs, NEXT_BIN } from "./app-command";

describe("appProcesses", () => {
  it("is one per core, at most 4, when unset", () => {
    expect(appProcesses({})).toBe(Math.max(1, Math.min(4, availableParallelism())));
  });
  it("takes CCHC_APP_PROCESSES", () => {
    expect(appProcesses({ CCHC_APP_PROCESSES: "1" })).toBe(1);
    expect(appProcesses({ CCHC_APP_PROCESSES: " 6 " })).toBe(6);
  });
  it("refuses what is not a whole number from 1 to 32, saying so in Vietnamese", () => {
    for (const bad of ["0", "-1", "2.5", "hai", "33"])
      expect(() => appProcesses({ CCHC_APP_PROCESSES: bad })).toThrow(
        `CCHC_APP_PROCESSES phải là số nguyên từ 1 đến 32 (đang là "${bad}")`,
      );
  });
});

describe("appServerArgs", () => {
  it("runs next start itself for one process, through the cluster for more", () => {
    expect(appServerArgs("3000", 1)).toEqual([...APP_NODE_FLAGS, NEXT_BIN, "start", "-p", "3000"]);
    const many = appServerArgs("3000", 2).slice(APP_NODE_FLAGS.length);
    expect(many[0]).toMatch(/scripts\/start\/app-cluster\.mjs$/);
    expect(many.slice(1)).toEqual(["2", NEXT_BIN, "start", "-p", "3000"]);
  });
});
