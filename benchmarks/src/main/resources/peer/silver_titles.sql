-- silver.titles: every expectation of NetflixMedallion's titles judged once per bronze row; the
-- quarantined rows kept with the rules they failed; the rest cleaned as TitleCleaning does, one
-- row per show id (the latest ingested wins, then the later file, then the later record).
CREATE TEMP TABLE judged_titles AS
SELECT
  *,
  NOT (record_well_formed AND show_id_present AND show_id_well_formed AND type_known
    AND movie_minutes_numeric AND show_seasons_numeric AND release_year_numeric) AS _quarantined
FROM (
  SELECT
    *,
    rowid AS _record_index,
    _corrupt_record IS NULL AS record_well_formed,
    not_blank(show_id) AS show_id_present,
    NOT not_blank(show_id) OR is_show_id(show_id) AS show_id_well_formed,
    coalesce(type IN (${movie}, ${show}), false) AS type_known,
    NOT coalesce(type = ${movie}, false)
      OR whole_number_between(duration_minutes, 1, ${max_minutes}) AS movie_minutes_numeric,
    NOT coalesce(type = ${show}, false)
      OR whole_number_between(duration_seasons, 1, ${max_seasons}) AS show_seasons_numeric,
    whole_number_between(release_year, ${first_year}, ${last_year}) AS release_year_numeric,
    NOT not_blank(date_added) OR parses_as_date(date_added) AS date_added_parses,
    NOT not_blank(rating) OR rating_of(rating) IS NOT NULL AS rating_known,
    -- a duration moved back from the rating cell: only the catalogue layout has such repairs
    true AS rating_not_duration
  FROM bronze.titles);

-- Counted in one pass, as the pipeline's tally.
INSERT INTO meta.expectations
SELECT
  'silver.titles',
  expectation,
  CASE
    WHEN expectation IN ('date_added_parses', 'rating_known', 'rating_not_duration') THEN 'WARN'
    ELSE 'QUARANTINE'
  END,
  failed
FROM (
  UNPIVOT (
    SELECT
      count(*) FILTER (NOT record_well_formed) AS record_well_formed,
      count(*) FILTER (NOT show_id_present) AS show_id_present,
      count(*) FILTER (NOT show_id_well_formed) AS show_id_well_formed,
      count(*) FILTER (NOT type_known) AS type_known,
      count(*) FILTER (NOT movie_minutes_numeric) AS movie_minutes_numeric,
      count(*) FILTER (NOT show_seasons_numeric) AS show_seasons_numeric,
      count(*) FILTER (NOT release_year_numeric) AS release_year_numeric,
      count(*) FILTER (NOT date_added_parses) AS date_added_parses,
      count(*) FILTER (NOT rating_known) AS rating_known,
      count(*) FILTER (NOT rating_not_duration) AS rating_not_duration
    FROM judged_titles)
  ON COLUMNS(*) INTO NAME expectation VALUE failed);

-- NetflixMedallion.QUARANTINE_LIMIT: stop before anything of silver.titles is written.
SELECT
  CASE
    WHEN quarantined > ${limit_rows} AND quarantined > ${limit_share} * rows_in
    THEN error(printf('expectation quarantine_limit failed on silver.titles: %d of %d rows',
      quarantined, rows_in))
  END
FROM (SELECT count(*) AS rows_in, count(*) FILTER (_quarantined) AS quarantined
  FROM judged_titles);

CREATE TABLE silver.titles_quarantine AS
SELECT
  * EXCLUDE (_record_index, record_well_formed, show_id_present, show_id_well_formed, type_known,
    movie_minutes_numeric, show_seasons_numeric, release_year_numeric, date_added_parses,
    rating_known, rating_not_duration, _quarantined),
  list_filter([
    CASE WHEN NOT record_well_formed THEN 'record_well_formed' END,
    CASE WHEN NOT show_id_present THEN 'show_id_present' END,
    CASE WHEN NOT show_id_well_formed THEN 'show_id_well_formed' END,
    CASE WHEN NOT type_known THEN 'type_known' END,
    CASE WHEN NOT movie_minutes_numeric THEN 'movie_minutes_numeric' END,
    CASE WHEN NOT show_seasons_numeric THEN 'show_seasons_numeric' END,
    CASE WHEN NOT release_year_numeric THEN 'release_year_numeric' END
  ], lambda r: r IS NOT NULL) AS _failed_rules
FROM judged_titles
WHERE _quarantined;

CREATE TABLE silver.titles AS
SELECT
  show_id,
  type AS kind,
  jtrim(title) AS title,
  short_title_of(title) AS short_title,
  date_added_of(date_added) AS date_added,
  whole_number(release_year) AS release_year,
  rating_of(rating) AS rating,
  CASE WHEN type = ${movie} THEN whole_number(duration_minutes) END AS duration_minutes,
  CASE WHEN type <> ${movie} THEN whole_number(duration_seasons) END AS duration_seasons,
  description,
  CASE WHEN type = ${movie} THEN ${movie_flag} ELSE ${show_flag} END AS type_flag,
  _source_file,
  _ingested_at
FROM (
  SELECT *
  FROM judged_titles
  WHERE NOT _quarantined
  QUALIFY row_number() OVER (
    PARTITION BY show_id ORDER BY _ingested_at DESC, _source_file DESC, _record_index DESC) = 1);

-- Every version of each title (SCD type 2); on a first load, one current version per title.
CREATE TABLE silver.titles_history AS
SELECT
  *,
  -- a title's values but where it was read from, nulls written as U+2400, as TitleHistory hashes
  sha256(concat_ws(chr(31),
    hashed(show_id), hashed(kind), hashed(title), hashed(short_title), hashed(date_added),
    hashed(release_year), hashed(rating), hashed(duration_minutes), hashed(duration_seasons),
    hashed(description), hashed(type_flag))) AS _row_hash,
  _ingested_at AS valid_from,
  NULL::TIMESTAMP AS valid_to,
  true AS is_current
FROM silver.titles;

INSERT INTO meta.table_counts
SELECT 'silver.titles', judged.rows_in, kept.rows_out,
  judged.rows_in - judged.quarantined - kept.rows_out, judged.quarantined
FROM
  (SELECT count(*) AS rows_in, count(*) FILTER (_quarantined) AS quarantined
    FROM judged_titles) AS judged,
  (SELECT count(*) AS rows_out FROM silver.titles) AS kept;

-- Judged rows are the step's scratch: gone now, they no longer hold memory the next ones need.
DROP TABLE judged_titles;
