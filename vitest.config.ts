import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure logic, no database. Files named *.test.ts beside the code or under tests/unit.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
  },
});
