-- gold.dim_title: silver's titles, movies ranked by length. Its rows are silver's, so the
-- table's fail expectations and the pipeline's Delta constraints are checked on silver's before
-- the table is written.

-- A key's rows are all failures of key_unique when there are several, as the pipeline's
-- per-key window counts them; null keys compare equal.
INSERT INTO meta.expectations
SELECT 'gold.dim_title', expectation, 'FAIL', failed
FROM (
  UNPIVOT (
    SELECT
      coalesce(sum(rows) FILTER (show_id IS NULL), 0) AS keys_not_null,
      coalesce(sum(rows) FILTER (rows > 1), 0) AS key_unique
    FROM (SELECT show_id, count(*) AS rows FROM silver.titles GROUP BY show_id))
  ON COLUMNS(*) INTO NAME expectation VALUE failed);

SELECT error(printf('expectation %s failed on gold.dim_title: %d row(s) violate it',
  expectation, failed))
FROM meta.expectations
WHERE table_name = 'gold.dim_title' AND action = 'FAIL' AND failed > 0;

-- The Delta CHECK constraints kind_known and one_duration.
SELECT error(printf('gold.dim_title would violate a CHECK constraint, e.g. show id %s', show_id))
FROM silver.titles
WHERE
  NOT coalesce(
    kind IN (${movie}, ${show}) AND type_flag IN (${movie_flag}, ${show_flag}), false)
  OR (duration_minutes IS NOT NULL AND duration_seasons IS NOT NULL);

CREATE TABLE gold.dim_title AS
SELECT
  show_id, kind, title, short_title, date_added, release_year, rating, duration_minutes,
  duration_seasons, description, type_flag
FROM silver.titles;

INSERT INTO meta.table_counts
SELECT 'gold.dim_title', rows_out, rows_out, 0, 0
FROM (SELECT count(*) AS rows_out FROM gold.dim_title);
