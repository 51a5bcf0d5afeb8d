-- bronze.${table} again, for a file the strict reader rejected records of: read whole, in order,
-- by one thread, as Spark's PERMISSIVE mode reads it. A record of too few fields is padded with
-- nulls, one of too many cut to the header's, and either kept whole in _corrupt_record; an empty
-- field reads as '' (the null string is one no file holds), so only padding leaves the last
-- field null, and a field past the header's lands in _extra_field.
CREATE OR REPLACE TABLE bronze."${table}" AS
SELECT
  ${feed_columns},
  CASE WHEN _wrong_length THEN _fields END AS _corrupt_record,
  ${rescued} AS _rescued_data,
  ${file} AS _source_file,
  now() AS _ingested_at
FROM (
  SELECT
    ${fields_or_null},
    ${last_field} IS NULL OR _extra_field IS NOT NULL AS _wrong_length,
    concat_ws(',', *COLUMNS(*)) AS _fields
  FROM read_csv(
    ${file},
    columns = ${columns_and_extra},
    header = true,
    auto_detect = false,
    delim = ',',
    quote = '"',
    escape = '"',
    strict_mode = false,
    null_padding = true,
    parallel = false,
    nullstr = chr(0),
    encoding = ${encoding},
    store_rejects = true,
    rejects_table = 'rejects_lenient_${table}',
    rejects_scan = 'rejects_lenient_scan_${table}'));

-- What even this reader refuses (invalid UTF-8) is kept as a corrupt record of its raw line.
INSERT INTO bronze."${table}" (_corrupt_record, _source_file, _ingested_at)
SELECT any_value(csv_line), ${file}, now()
FROM rejects_lenient_${table}
GROUP BY file_id, line;

UPDATE meta.table_counts
SET rows_in = (SELECT count(*) FROM bronze."${table}"),
  rows_out = (SELECT count(*) FROM bronze."${table}")
WHERE table_name = 'bronze.${table}';
