-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.

SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id WHERE s.name = ? AND t.name = ?
-- values: 'meta', 'loaded_snapshots'
GO

SELECT [table_name], [version], [files_sha256] FROM [meta].[loaded_snapshots]
GO

SELECT s.name, t.name FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id
GO
