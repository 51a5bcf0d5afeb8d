-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.

SELECT COUNT(*) FROM sys.schemas WHERE name = ?
-- values: 'meta'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'meta', 'loaded_snapshots'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'meta', 'table_quality'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'meta', 'expectation_results'
GO

SELECT COUNT(*) FROM sys.schemas WHERE name = ?
-- values: 'gold'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'dim_title'
GO

SELECT [table_name], [version], [files_sha256] FROM [meta].[loaded_snapshots] WHERE [table_name] = ?
-- values: 'gold.dim_title'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'dim_title'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'agg_titles_by_year'
GO

SELECT [table_name], [version], [files_sha256] FROM [meta].[loaded_snapshots] WHERE [table_name] = ?
-- values: 'gold.agg_titles_by_year'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'agg_titles_by_year'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'dim_title__staging'
GO

CREATE TABLE [gold].[dim_title__staging] (
    [show_id] NVARCHAR(4000) NULL,
    [release_year] INT NULL,
    [duration_minutes] BIGINT NULL,
    [rating_share] FLOAT NULL,
    [is_movie] BIT NULL,
    [date_added] DATE NULL,
    [_ingested_at] DATETIME2(6) NULL
)
WITH (DISTRIBUTION = ROUND_ROBIN, CLUSTERED COLUMNSTORE INDEX)
GO

COPY INTO [gold].[dim_title__staging]
FROM 'https://medallionlake.blob.core.windows.net/lake/gold/dim_title/part-00000-a1.snappy.parquet',
     'https://medallionlake.blob.core.windows.net/lake/gold/dim_title/part-00001-b2.snappy.parquet'
WITH (
    FILE_TYPE = 'PARQUET'
)
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'agg_titles_by_year__staging'
GO

CREATE TABLE [gold].[agg_titles_by_year__staging] (
    [release_year] INT NULL,
    [titles] BIGINT NULL
)
WITH (DISTRIBUTION = ROUND_ROBIN, CLUSTERED COLUMNSTORE INDEX)
GO

COPY INTO [gold].[agg_titles_by_year__staging]
FROM 'https://medallionlake.blob.core.windows.net/lake/gold/agg_titles_by_year/part-00000-c3.snappy.parquet'
WITH (
    FILE_TYPE = 'PARQUET'
)
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'dim_title__retired'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'dim_title'
GO

RENAME OBJECT [gold].[dim_title] TO [dim_title__retired]
GO

RENAME OBJECT [gold].[dim_title__staging] TO [dim_title]
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'agg_titles_by_year__retired'
GO

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'gold', 'agg_titles_by_year'
GO

RENAME OBJECT [gold].[agg_titles_by_year] TO [agg_titles_by_year__retired]
GO

RENAME OBJECT [gold].[agg_titles_by_year__staging] TO [agg_titles_by_year]
GO

DELETE FROM [meta].[loaded_snapshots] WHERE [table_name] = ?
-- values: 'gold.dim_title'
GO

INSERT INTO [meta].[loaded_snapshots] ([table_name], [version], [loaded_at], [files_sha256]) VALUES (?, ?, ?, ?)
-- values: 'gold.dim_title', 7, 2026-01-01T00:00, '52dbe25d0a832d606cfadaebe1712b9a9a0d9a6e47c08cef5bf9f815e20fa832'
GO

DELETE FROM [meta].[loaded_snapshots] WHERE [table_name] = ?
-- values: 'gold.agg_titles_by_year'
GO

INSERT INTO [meta].[loaded_snapshots] ([table_name], [version], [loaded_at], [files_sha256]) VALUES (?, ?, ?, ?)
-- values: 'gold.agg_titles_by_year', 3, 2026-01-01T00:00, 'ed857e53b6e61db9a2319e4e4d64455b5a2266003dd85f528df191b87a5f933a'
GO

-- commit
GO

DROP TABLE [gold].[dim_title__retired]
GO

DROP TABLE [gold].[agg_titles_by_year__retired]
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
