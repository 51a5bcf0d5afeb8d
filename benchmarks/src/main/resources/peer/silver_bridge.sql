-- silver.${table}: a lookup feed's rows judged by NetflixMedallion's bridge expectations (the name
-- trimmed first, so ' ' is blank and 'Ada ' is 'Ada'); of the kept rows only the names of the
-- latest file listing a show id, each pair once.
CREATE TEMP TABLE judged_${table} AS
SELECT
  *,
  NOT (record_well_formed AND show_id_present AND show_id_well_formed) AS _quarantined,
  record_well_formed AND show_id_present AND show_id_well_formed AND NOT name_present AS _dropped
FROM (
  SELECT
    * REPLACE (jtrim("${name}") AS "${name}"),
    _corrupt_record IS NULL AS record_well_formed,
    not_blank(show_id) AS show_id_present,
    NOT not_blank(show_id) OR is_show_id(show_id) AS show_id_well_formed,
    not_blank("${name}") AS name_present
  FROM bronze."${table}");

INSERT INTO meta.expectations
SELECT
  'silver.${table}',
  expectation,
  CASE WHEN expectation = 'name_present' THEN 'DROP' ELSE 'QUARANTINE' END,
  failed
FROM (
  UNPIVOT (
    SELECT
      count(*) FILTER (NOT record_well_formed) AS record_well_formed,
      count(*) FILTER (NOT show_id_present) AS show_id_present,
      count(*) FILTER (NOT show_id_well_formed) AS show_id_well_formed,
      count(*) FILTER (NOT name_present) AS name_present
    FROM judged_${table})
  ON COLUMNS(*) INTO NAME expectation VALUE failed);

SELECT
  CASE
    WHEN quarantined > ${limit_rows} AND quarantined > ${limit_share} * rows_in
    THEN error(printf('expectation quarantine_limit failed on silver.${table}: %d of %d rows',
      quarantined, rows_in))
  END
FROM (SELECT count(*) AS rows_in, count(*) FILTER (_quarantined) AS quarantined
  FROM judged_${table});

CREATE TABLE silver."${table}_quarantine" AS
SELECT
  * EXCLUDE (record_well_formed, show_id_present, show_id_well_formed, name_present,
    _quarantined, _dropped),
  list_filter([
    CASE WHEN NOT record_well_formed THEN 'record_well_formed' END,
    CASE WHEN NOT show_id_present THEN 'show_id_present' END,
    CASE WHEN NOT show_id_well_formed THEN 'show_id_well_formed' END
  ], lambda r: r IS NOT NULL) AS _failed_rules
FROM judged_${table}
WHERE _quarantined;

-- Rows of one file share where and when they were read, so each pair of the latest file is one
-- row: DISTINCT keeps exactly the row the pipeline's latest-per-key window keeps.
CREATE TABLE silver."${table}" AS
WITH
  kept AS (
    SELECT show_id, "${name}", _source_file, _ingested_at
    FROM judged_${table}
    WHERE NOT _quarantined AND NOT _dropped),
  latest AS (
    SELECT show_id, max({'at': _ingested_at, 'file': _source_file}) AS read
    FROM kept
    GROUP BY show_id)
SELECT DISTINCT kept.show_id, kept."${name}" AS ${value}, kept._source_file, kept._ingested_at
FROM kept
JOIN latest
  ON kept.show_id = latest.show_id
  AND latest.read = {'at': kept._ingested_at, 'file': kept._source_file};

INSERT INTO meta.table_counts
SELECT 'silver.${table}', judged.rows_in, kept.rows_out,
  judged.rows_in - judged.quarantined - kept.rows_out, judged.quarantined
FROM
  (SELECT count(*) AS rows_in, count(*) FILTER (_quarantined) AS quarantined
    FROM judged_${table}) AS judged,
  (SELECT count(*) AS rows_out FROM silver."${table}") AS kept;

DROP TABLE judged_${table};
