-- The cached figures from records (lib/queries/cases/figure-cache.ts) are keyed by the version the
-- case summaries' triggers raise. The QĐ 766 figures also read the procedure catalogue, the
-- feedback (PAKN) records and the official QĐ 766 scores: a write to any of them raises the same
-- version, in the same statement, so no app server serves a figure computed before it.
CREATE FUNCTION cchc_records_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CaseDataVersion" AS v (id, version, total)
    VALUES (1, 1, (SELECT count(*) FROM "CaseRecord"))
    ON CONFLICT (id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER records_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Procedure"
  FOR EACH STATEMENT EXECUTE FUNCTION cchc_records_changed();
CREATE TRIGGER records_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Feedback"
  FOR EACH STATEMENT EXECUTE FUNCTION cchc_records_changed();
CREATE TRIGGER records_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Qd766Score"
  FOR EACH STATEMENT EXECUTE FUNCTION cchc_records_changed();
