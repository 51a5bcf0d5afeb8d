-- The aggregates: titles (distinct show ids) per group and kind, over gold's dimension and
-- bridges, grouped first and written once checked. A group's key is its GROUP BY, so only
-- keys_not_null is checked, as in the pipeline; the Delta constraint titles_positive too. A title
-- without a date or a rating counts in its kind's null group: the kind alone is never null.
CREATE TEMP TABLE agg_titles_by_year AS
SELECT year(date_added) AS year_added, kind, count(DISTINCT show_id) AS titles
FROM gold.dim_title
GROUP BY ALL;

CREATE TEMP TABLE agg_titles_by_rating AS
SELECT rating, kind, count(DISTINCT show_id) AS titles
FROM gold.dim_title
GROUP BY ALL;

CREATE TEMP TABLE agg_titles_by_country AS
SELECT country, kind, count(DISTINCT show_id) AS titles
FROM gold.bridge_title_country
JOIN (SELECT show_id, kind FROM gold.dim_title) USING (show_id)
GROUP BY ALL;

CREATE TEMP TABLE agg_titles_by_category AS
SELECT category, kind, count(DISTINCT show_id) AS titles
FROM gold.bridge_title_category
JOIN (SELECT show_id, kind FROM gold.dim_title) USING (show_id)
GROUP BY ALL;

INSERT INTO meta.expectations
SELECT 'gold.agg_titles_by_year', 'keys_not_null', 'FAIL',
  count(*) FILTER (kind IS NULL)
FROM agg_titles_by_year
UNION ALL
SELECT 'gold.agg_titles_by_rating', 'keys_not_null', 'FAIL',
  count(*) FILTER (kind IS NULL)
FROM agg_titles_by_rating
UNION ALL
SELECT 'gold.agg_titles_by_country', 'keys_not_null', 'FAIL',
  count(*) FILTER (kind IS NULL)
FROM agg_titles_by_country
UNION ALL
SELECT 'gold.agg_titles_by_category', 'keys_not_null', 'FAIL',
  count(*) FILTER (kind IS NULL)
FROM agg_titles_by_category;

SELECT error(printf('expectation %s failed on %s: %d row(s) violate it',
  expectation, table_name, failed))
FROM meta.expectations
WHERE table_name LIKE 'gold.agg_%' AND action = 'FAIL' AND failed > 0;

-- The Delta CHECK constraint titles_positive, on every aggregate.
SELECT error(printf('%s would violate the CHECK constraint titles_positive', table_name))
FROM (
  SELECT 'gold.agg_titles_by_year' AS table_name, titles FROM agg_titles_by_year
  UNION ALL
  SELECT 'gold.agg_titles_by_rating', titles FROM agg_titles_by_rating
  UNION ALL
  SELECT 'gold.agg_titles_by_country', titles FROM agg_titles_by_country
  UNION ALL
  SELECT 'gold.agg_titles_by_category', titles FROM agg_titles_by_category)
WHERE titles <= 0;

CREATE TABLE gold.agg_titles_by_year AS FROM agg_titles_by_year;
CREATE TABLE gold.agg_titles_by_rating AS FROM agg_titles_by_rating;
CREATE TABLE gold.agg_titles_by_country AS FROM agg_titles_by_country;
CREATE TABLE gold.agg_titles_by_category AS FROM agg_titles_by_category;

INSERT INTO meta.table_counts
SELECT table_name, rows_out, rows_out, 0, 0
FROM (
  SELECT 'gold.agg_titles_by_year' AS table_name, count(*) AS rows_out
  FROM gold.agg_titles_by_year
  UNION ALL
  SELECT 'gold.agg_titles_by_rating', count(*) FROM gold.agg_titles_by_rating
  UNION ALL
  SELECT 'gold.agg_titles_by_country', count(*) FROM gold.agg_titles_by_country
  UNION ALL
  SELECT 'gold.agg_titles_by_category', count(*) FROM gold.agg_titles_by_category);

DROP TABLE agg_titles_by_year;
DROP TABLE agg_titles_by_rating;
DROP TABLE agg_titles_by_country;
DROP TABLE agg_titles_by_category;
