-- bronze.${table}: every record of the feed's file as text, read by its own header (the column
-- names come from HeaderMatch, in the file's order; unknown ones are rescued as JSON), with
-- where and when it was read. This is the fast path, DuckDB's strict parallel reader: a file
-- it reads without rejecting a record is read exactly as Spark reads it. A rejected record (the
-- wrong number of fields, broken quoting) sends the file down bronze_lenient.sql instead.
CREATE TABLE bronze."${table}" AS
SELECT
  ${feed_columns},
  NULL::VARCHAR AS _corrupt_record,
  ${rescued} AS _rescued_data,
  ${file} AS _source_file,
  now() AS _ingested_at
FROM read_csv(
  ${file},
  columns = ${columns},
  header = true,
  auto_detect = false,
  delim = ',',
  quote = '"',
  escape = '"',
  strict_mode = true,
  encoding = ${encoding},
  store_rejects = true,
  rejects_table = 'rejects_${table}',
  rejects_scan = 'rejects_scan_${table}');

INSERT INTO meta.table_counts
SELECT 'bronze.${table}', count(*), count(*), 0, 0 FROM bronze."${table}";
