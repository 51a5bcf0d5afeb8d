-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.

SELECT COUNT(*) FROM sys.schemas WHERE name = ?
-- values: 'gold'
GO

SELECT location FROM sys.external_data_sources WHERE name = ?
-- values: 'medallion_gold'
GO

CREATE EXTERNAL DATA SOURCE [medallion_gold] WITH (
    LOCATION = 'https://medallionlake.dfs.core.windows.net/lake/gold/'
)
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'gold', 'dim_title'
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'gold', 'agg_titles_by_year'
GO

DROP VIEW [gold].[dim_title]
GO

CREATE VIEW [gold].[dim_title] AS
-- medallion snapshot gold.dim_title version 7
SELECT *
FROM OPENROWSET(
    BULK 'dim_title/',
    DATA_SOURCE = 'medallion_gold',
    FORMAT = 'DELTA'
) WITH (
    [show_id] VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    [release_year] INT,
    [duration_minutes] BIGINT,
    [rating_share] FLOAT,
    [is_movie] BIT,
    [date_added] DATE,
    [_ingested_at] DATETIME2(6)
) AS [snapshot]
GO

CREATE VIEW [gold].[agg_titles_by_year] AS
-- medallion snapshot gold.agg_titles_by_year version 3
SELECT *
FROM OPENROWSET(
    BULK 'agg_titles_by_year/',
    DATA_SOURCE = 'medallion_gold',
    FORMAT = 'DELTA'
) WITH (
    [release_year] INT,
    [titles] BIGINT
) AS [snapshot]
GO

SELECT COUNT(*) FROM sys.schemas WHERE name = ?
-- values: 'gold'
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'gold', 'report_titles_per_year'
GO

DROP VIEW [gold].[report_titles_per_year]
GO

CREATE VIEW [gold].[report_titles_per_year] AS
SELECT [release_year], [titles] FROM [gold].[agg_titles_by_year]
GO
