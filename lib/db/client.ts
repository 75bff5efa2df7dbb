// One Prisma client per process (a global survives Next's hot reload in development).
// Password hashes are omitted from every query unless a query asks for them explicitly.
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "../env";

/** Connections per process; a transaction holds one for its whole length. */
export const POOL_SIZE = 10;

/**
 * Set while an interactive transaction's callback runs. Calling db() there takes a second pool
 * connection while the transaction holds one: under a burst, every connection is held by a
 * transaction waiting for another, and all of them wait until Prisma's timeout (issue 17: 16 of 20
 * concurrent saves answered 500). Code inside a transaction uses its `tx` only.
 */
const insideTransaction = new AsyncLocalStorage<true>();

export class SecondConnectionError extends Error {
  constructor() {
    super(
      "db() được gọi bên trong một giao dịch: hãy dùng `tx` của giao dịch (một kết nối thứ hai có thể làm treo cả nhóm kết nối)",
    );
  }
}

function create() {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: POOL_SIZE });
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  const begin = client.$transaction.bind(client) as (arg: unknown, options?: unknown) => Promise<unknown>;
  client.$transaction = ((arg: unknown, options?: unknown) =>
    typeof arg === "function"
      ? begin(
          (tx: unknown) => insideTransaction.run(true, () => (arg as (tx: unknown) => unknown)(tx)),
          options,
        )
      : begin(arg, options)) as typeof client.$transaction;
  return client;
}

export type Db = ReturnType<typeof create>;

const globalForDb = globalThis as unknown as { cchcDb?: Db };

export function db(): Db {
  if (insideTransaction.getStore()) throw new SecondConnectionError();
  return (globalForDb.cchcDb ??= create());
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.cchcDb?.$disconnect();
  globalForDb.cchcDb = undefined;
}
