-- The codes of the units a published result holds, kept by PostgreSQL beside the (large) result:
-- a unit profile asks which rounds hold a unit's codes, and reading it from the results themselves
-- unpacked every snapshot's JSON on every profile view (20 ms on the demo, growing with the years).
-- Not in prisma/schema.prisma: nothing writes it, and queries that need it name it.
ALTER TABLE "ResultSnapshot" ADD COLUMN "unitCodes" jsonb
  GENERATED ALWAYS AS (jsonb_path_query_array(results, '$.units[*].unit')) STORED;
