// Runs in every integration test file: points the app's modules at the throwaway database and
// empties it, so that each file starts from nothing.
import { beforeAll, afterAll, inject } from "vitest";
import { resetDatabase } from "./test-database";

process.env.DATABASE_URL = inject("databaseUrl");

beforeAll(async () => {
  await resetDatabase(inject("databaseUrl"));
});

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/db/client");
  await disconnectDb();
});
