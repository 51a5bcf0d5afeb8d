-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.

COPY INTO [gold].[dim_title__staging]
FROM 'https://medallionlake.dfs.core.windows.net/lake/gold/dim_title/part-00000-a1.snappy.parquet',
     'https://medallionlake.dfs.core.windows.net/lake/gold/dim_title/part-00001-b2.snappy.parquet'
WITH (
    FILE_TYPE = 'PARQUET',
    CREDENTIAL = (IDENTITY = 'Managed Identity')
)
GO

COPY INTO [gold].[agg_titles_by_year__staging]
FROM 'https://medallionlake.dfs.core.windows.net/lake/gold/agg_titles_by_year/part-00000-c3.snappy.parquet'
WITH (
    FILE_TYPE = 'PARQUET',
    CREDENTIAL = (IDENTITY = 'Managed Identity')
)
GO
