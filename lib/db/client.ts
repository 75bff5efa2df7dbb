// One Prisma client per process (a global survives Next's hot reload in development).
// Password hashes are omitted from every query unless a query asks for them explicitly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "../env";

function create() {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10 });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof create>;

const globalForDb = globalThis as unknown as { cchcDb?: Db };

export function db(): Db {
  return (globalForDb.cchcDb ??= create());
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.cchcDb?.$disconnect();
  globalForDb.cchcDb = undefined;
}
