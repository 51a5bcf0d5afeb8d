-- The peer baseline's database: the pipeline's layers as schemas, its per-table counts and
-- expectation results as meta tables, and silver's cleaning functions and rules as macros.
-- The $-placeholders are the domain's constants (NetflixMedallion, TitleCleaning, Kind), filled
-- in by RuleConstants so the two cannot drift apart.
SET memory_limit = ${memory_limit};
-- Bronze keeps each file's records in file order, so a table's rowid is the record's index.
SET preserve_insertion_order = true;

CREATE SCHEMA bronze;
CREATE SCHEMA silver;
CREATE SCHEMA gold;
CREATE SCHEMA meta;

CREATE TABLE meta.table_counts (
  table_name VARCHAR, rows_in BIGINT, rows_out BIGINT, dropped BIGINT, quarantined BIGINT);
CREATE TABLE meta.expectations (
  table_name VARCHAR, expectation VARCHAR, action VARCHAR, failed BIGINT);

-- Java's \s, the white space every engine of the pipeline trims and tests with.
CREATE TEMP MACRO java_space() AS E' \t\n\x0B\f\r';

-- TitleCleaning.trim. (Java's $ also matches before a final U+0085, U+2028 or U+2029, so
-- 'a \u2028' trims to 'a\u2028' there; no rule's verdict depends on it.)
CREATE TEMP MACRO jtrim(s) AS trim(s, java_space());

-- Rule.NotBlank: present and holding a character other than white space.
CREATE TEMP MACRO not_blank(s) AS coalesce(jtrim(s) <> '', false);

-- NetflixMedallion.SHOW_ID_REGEX (^\S+$) as Java finds it: RE2's $ is the end of the text only,
-- Java's also the place before a final line break.
CREATE TEMP MACRO is_show_id(s) AS
  coalesce(regexp_matches(s, '^[^ \t\n\x0B\f\r]+(\r\n|\r|\n)?$'), false);

-- TitleCleaning.wholeNumber: an optional sign and one to nine digits, trimmed; else null.
CREATE TEMP MACRO whole_number(s) AS
  CASE WHEN regexp_full_match(jtrim(s), ${whole_number_regex}) THEN jtrim(s)::INTEGER END;

-- Rule.Between: a whole number from lo to hi; false for anything else, null included.
CREATE TEMP MACRO whole_number_between(s, lo, hi) AS
  coalesce(whole_number(s) BETWEEN lo AND hi, false);

-- TitleCleaning.normaliseRating: upper-cased and trimmed if known, TV-Y7-FV folded, else null;
-- one map lookup, each known rating mapped to itself.
CREATE TEMP MACRO rating_of(s) AS (${rating_map})[upper(jtrim(s))];

-- TitleCleaning.shortTitle: the title up to its first ':', trimmed.
CREATE TEMP MACRO short_title_of(s) AS jtrim(split_part(s, ':', 1));

-- CatalogueCleaning.DATE_ADDED_PATTERNS on a trimmed value, read as Spark's try_to_timestamp
-- reads them (java.time, strict, month names in any case): each shape is checked first, since
-- strptime would also take a two-digit %Y or a doubled space, and zeros leading a day or month
-- number are dropped, since java.time takes them and strptime does not. A 'yy' year is 20yy.
CREATE TEMP MACRO date_of(t) AS
  CASE
    WHEN regexp_full_match(t, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}')
      THEN try_strptime(t, '%m/%d/%Y')
    WHEN regexp_full_match(t, '0*([0-9]{1,2})/0*([0-9]{1,2})/([0-9]{4})')
      THEN try_strptime(regexp_replace(t, '^0*([0-9]{1,2})/0*([0-9]{1,2})/', '\1/\2/'),
        '%m/%d/%Y')
    WHEN regexp_full_match(t, '[A-Za-z]+ 0*[0-9]{1,2}, [0-9]{4}')
      THEN try_strptime(regexp_replace(t, ' 0*([0-9]{1,2}),', ' \1,'), '%B %d, %Y')
    WHEN regexp_full_match(t, '0*[0-9]{1,2}-[A-Za-z]{3}-[0-9]{2}')
      THEN try_strptime(regexp_replace(t, '^0*([0-9]{1,2}-[A-Za-z]{3}-)', '\120'), '%d-%b-%Y')
  END::DATE;

-- Rule.IsDate over the three patterns (the date_added_parses warning).
CREATE TEMP MACRO parses_as_date(s) AS date_of(jtrim(s)) IS NOT NULL;

-- CatalogueCleaning.dateAdded, which silver types date_added with: no signed year.
CREATE TEMP MACRO date_added_of(s) AS CASE WHEN NOT contains(s, '+') THEN date_of(jtrim(s)) END;

-- A value as TitleHistory hashes it: as text, null as U+2400.
CREATE TEMP MACRO hashed(v) AS coalesce(v::VARCHAR, chr(9216));
