// `npm run lint` keeps two rules of the codebase (issue 15): no database access in app/ or
// components/, and Prettier's layout. Both are checked here on probe texts, as the lint would.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";

const root = path.resolve(import.meta.dirname, "../..");
const probe = 'import { db } from "@/lib/db/client";\n\nexport const count = () => db().unit.count();\n';

describe("npm run lint", () => {
  const eslint = new ESLint({ cwd: root });

  it("refuses db() in a page or a component, and allows it in lib", { timeout: 60_000 }, async () => {
    const [page] = await eslint.lintText(probe, { filePath: path.join(root, "app/(app)/probe/page.tsx") });
    const [component] = await eslint.lintText(probe, {
      filePath: path.join(root, "components/probe/probe.tsx"),
    });
    const [query] = await eslint.lintText(probe, { filePath: path.join(root, "lib/queries/probe.ts") });
    for (const r of [page!, component!]) {
      expect(r.messages.map((m) => m.ruleId)).toContain("no-restricted-imports");
      expect(r.messages.find((m) => m.ruleId === "no-restricted-imports")?.message).toMatch(
        /không gọi db\(\) trong app\//,
      );
    }
    expect(query!.messages.filter((m) => m.ruleId === "no-restricted-imports")).toEqual([]);
  });

  it("refuses a file Prettier would lay out otherwise", async () => {
    const file = path.join(root, "lib/probe.ts");
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    expect(await prettier.check(probe, options)).toBe(true);
    expect(await prettier.check("export const  x = { a:1 }\n", options)).toBe(false);
    expect(options.printWidth).toBe(110);
  });
});
