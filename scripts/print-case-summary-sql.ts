// Prints the SQL of the case summaries' migration (lib/cases/case-summary-sql.ts): the text that
// prisma/migrations/…_case_summaries/migration.sql holds after the tables, so the triggers are the
// same rules as the queries. A unit test checks that the migration still holds this text.
import { caseSummaryMigration } from "../lib/cases/case-summary-sql";

process.stdout.write(caseSummaryMigration());
