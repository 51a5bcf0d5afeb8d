-- gold.${table}: silver.${silver}'s pairs whose title exists in silver.titles (orphans dropped
-- and counted), checked by the table's fail expectations on every candidate first.
CREATE TEMP TABLE judged_${table} AS
SELECT
  show_id,
  ${value},
  coalesce(show_id IN (SELECT show_id FROM silver.titles), false) AS title_exists
FROM silver."${silver}";

INSERT INTO meta.expectations
SELECT
  'gold.${table}',
  expectation,
  CASE WHEN expectation = 'title_exists' THEN 'DROP' ELSE 'FAIL' END,
  failed
FROM (
  UNPIVOT (
    SELECT
      coalesce(sum(rows) FILTER (show_id IS NULL OR ${value} IS NULL), 0) AS keys_not_null,
      coalesce(sum(rows) FILTER (rows > 1), 0) AS key_unique,
      coalesce(sum(orphans), 0) AS title_exists
    FROM (
      SELECT show_id, ${value}, count(*) AS rows, count(*) FILTER (NOT title_exists) AS orphans
      FROM judged_${table}
      GROUP BY show_id, ${value}))
  ON COLUMNS(*) INTO NAME expectation VALUE failed);

SELECT error(printf('expectation %s failed on gold.${table}: %d row(s) violate it',
  expectation, failed))
FROM meta.expectations
WHERE table_name = 'gold.${table}' AND action = 'FAIL' AND failed > 0;

CREATE TABLE gold.${table} AS
SELECT show_id, ${value} FROM judged_${table} WHERE title_exists;

INSERT INTO meta.table_counts
SELECT 'gold.${table}', judged.rows_in, kept.rows_out, judged.rows_in - kept.rows_out, 0
FROM
  (SELECT count(*) AS rows_in FROM judged_${table}) AS judged,
  (SELECT count(*) AS rows_out FROM gold.${table}) AS kept;

DROP TABLE judged_${table};
