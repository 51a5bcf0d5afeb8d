-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.

SELECT COUNT(*) FROM sys.schemas WHERE name = ?
-- values: 'reporting'
GO

CREATE SCHEMA [reporting]
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_titles'
GO

CREATE VIEW [reporting].[v_titles] AS
SELECT t.[show_id], t.[title], t.[kind], t.[release_year], t.[rating], t.[date_added],
    t.[duration_minutes], t.[duration_seasons], c.[countries], g.[categories],
    CASE WHEN t.[kind] = N'Movie' THEN DENSE_RANK() OVER (PARTITION BY t.[kind]
        ORDER BY t.[duration_minutes] DESC) END AS [duration_rank]
FROM [gold].[dim_title] AS t
LEFT JOIN (
    SELECT [show_id], STRING_AGG(CAST([country] AS NVARCHAR(MAX)), N', ')
        WITHIN GROUP (ORDER BY [country]) AS [countries]
    FROM [gold].[bridge_title_country]
    GROUP BY [show_id]
) AS c ON c.[show_id] = t.[show_id]
LEFT JOIN (
    SELECT [show_id], STRING_AGG(CAST([category] AS NVARCHAR(MAX)), N', ')
        WITHIN GROUP (ORDER BY [category]) AS [categories]
    FROM [gold].[bridge_title_category]
    GROUP BY [show_id]
) AS g ON g.[show_id] = t.[show_id]
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_titles_added_by_month'
GO

CREATE VIEW [reporting].[v_titles_added_by_month] AS
SELECT [month], [kind], [titles],
    SUM([titles]) OVER (PARTITION BY [kind] ORDER BY [month]
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [cumulative_titles]
FROM (
    SELECT DATEFROMPARTS(YEAR([date_added]), MONTH([date_added]), 1) AS [month], [kind],
        COUNT_BIG(*) AS [titles]
    FROM [gold].[dim_title]
    WHERE [date_added] IS NOT NULL
    GROUP BY DATEFROMPARTS(YEAR([date_added]), MONTH([date_added]), 1), [kind]
) AS m
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_top_countries'
GO

CREATE VIEW [reporting].[v_top_countries] AS
SELECT [country], [titles], [movies], [shows],
    ROW_NUMBER() OVER (ORDER BY [titles] DESC, [country] ASC) AS [rank]
FROM (
    SELECT b.[country] AS [country], COUNT_BIG(*) AS [titles],
        SUM(CASE WHEN t.[kind] = N'Movie' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [movies],
        SUM(CASE WHEN t.[kind] = N'TV Show' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [shows]
    FROM [gold].[bridge_title_country] AS b
    JOIN [gold].[dim_title] AS t ON t.[show_id] = b.[show_id]
    GROUP BY b.[country]
) AS g
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_top_categories'
GO

CREATE VIEW [reporting].[v_top_categories] AS
SELECT [category], [titles], [movies], [shows],
    ROW_NUMBER() OVER (ORDER BY [titles] DESC, [category] ASC) AS [rank]
FROM (
    SELECT b.[category] AS [category], COUNT_BIG(*) AS [titles],
        SUM(CASE WHEN t.[kind] = N'Movie' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [movies],
        SUM(CASE WHEN t.[kind] = N'TV Show' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [shows]
    FROM [gold].[bridge_title_category] AS b
    JOIN [gold].[dim_title] AS t ON t.[show_id] = b.[show_id]
    GROUP BY b.[category]
) AS g
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_top_directors'
GO

CREATE VIEW [reporting].[v_top_directors] AS
SELECT [name], [titles], [movies], [shows],
    ROW_NUMBER() OVER (ORDER BY [titles] DESC, [name] ASC) AS [rank]
FROM (
    SELECT b.[person] AS [name], COUNT_BIG(*) AS [titles],
        SUM(CASE WHEN t.[kind] = N'Movie' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [movies],
        SUM(CASE WHEN t.[kind] = N'TV Show' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [shows]
    FROM [gold].[bridge_title_director] AS b
    JOIN [gold].[dim_title] AS t ON t.[show_id] = b.[show_id]
    GROUP BY b.[person]
) AS g
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_top_cast'
GO

CREATE VIEW [reporting].[v_top_cast] AS
SELECT [name], [titles], [movies], [shows],
    ROW_NUMBER() OVER (ORDER BY [titles] DESC, [name] ASC) AS [rank]
FROM (
    SELECT b.[person] AS [name], COUNT_BIG(*) AS [titles],
        SUM(CASE WHEN t.[kind] = N'Movie' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [movies],
        SUM(CASE WHEN t.[kind] = N'TV Show' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [shows]
    FROM [gold].[bridge_title_cast] AS b
    JOIN [gold].[dim_title] AS t ON t.[show_id] = b.[show_id]
    GROUP BY b.[person]
) AS g
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_rating_mix'
GO

CREATE VIEW [reporting].[v_rating_mix] AS
SELECT [rating], [kind], [titles],
    CAST([titles] AS FLOAT) / SUM([titles]) OVER (PARTITION BY [kind]) AS [share]
FROM (
    SELECT [rating], [kind], COUNT_BIG(*) AS [titles]
    FROM [gold].[dim_title]
    GROUP BY [rating], [kind]
) AS r
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_release_years'
GO

CREATE VIEW [reporting].[v_release_years] AS
SELECT [release_year], [kind], COUNT_BIG(*) AS [titles]
FROM [gold].[dim_title]
GROUP BY [release_year], [kind]
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_data_quality'
GO

CREATE VIEW [reporting].[v_data_quality] AS
SELECT [table_name], [layer], [rows_in], [rows_out], [dropped], [quarantined],
    [expectations_passed], [expectations_failed],
    [run_id] AS [last_run_id], [run_at] AS [last_run_at]
FROM (
    SELECT q.*, ROW_NUMBER() OVER (PARTITION BY q.[table_name] ORDER BY
        CASE WHEN q.[rows_in] > 0 OR q.[expectations_passed] + q.[expectations_failed] > 0
            THEN 1 ELSE 0 END DESC, q.[run_at] DESC, q.[run_id] DESC) AS [pick]
    FROM [meta].[table_quality] AS q
) AS l
WHERE [pick] = 1
GO

SELECT m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE s.name = ? AND v.name = ?
-- values: 'reporting', 'v_quarantine_reasons'
GO

CREATE VIEW [reporting].[v_quarantine_reasons] AS
SELECT e.[table_name], e.[expectation], e.[action], e.[failed], e.[run_id] AS [last_run_id]
FROM [meta].[expectation_results] AS e
JOIN [reporting].[v_data_quality] AS d
    ON d.[table_name] = e.[table_name] AND d.[last_run_id] = e.[run_id]
WHERE e.[failed] > 0
GO
