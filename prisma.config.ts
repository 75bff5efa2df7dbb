// Prisma CLI configuration. The native schema engine cannot be downloaded on our machines
// (see ../shared/STACK.md), so the CLI runs the WebAssembly engine through the pg adapter.
// Migrations are applied by scripts/db-migrate.ts (plain SQL files, see lib/db/migrate.ts);
// the CLI is only used to generate the client and to diff schemas into new migrations.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
