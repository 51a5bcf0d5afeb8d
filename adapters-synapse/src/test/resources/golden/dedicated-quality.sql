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

DELETE FROM [meta].[table_quality] WHERE [run_id] = ?
-- values: '20260101-000000-0001'
GO

DELETE FROM [meta].[expectation_results] WHERE [run_id] = ?
-- values: '20260101-000000-0001'
GO

INSERT INTO [meta].[table_quality] ([run_id], [run_at], [table_name], [layer], [rows_in], [rows_out], [dropped], [quarantined], [expectations_passed], [expectations_failed], [version]) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
-- values: '20260101-000000-0001', 2026-01-01T00:00, 'silver.titles', 'silver', 10, 7, 1, 2, 0, 2, 4
GO

INSERT INTO [meta].[table_quality] ([run_id], [run_at], [table_name], [layer], [rows_in], [rows_out], [dropped], [quarantined], [expectations_passed], [expectations_failed], [version]) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
-- values: '20260101-000000-0001', 2026-01-01T00:00, 'gold.dim_title', 'gold', 7, 7, 0, 0, 1, 0, 2
GO

INSERT INTO [meta].[expectation_results] ([run_id], [table_name], [expectation], [action], [rule], [passed], [failed]) VALUES (?, ?, ?, ?, ?, ?, ?)
-- values: '20260101-000000-0001', 'silver.titles', 'show_id_present', 'QUARANTINE', 'show_id IS NOT NULL', 8, 2
GO

INSERT INTO [meta].[expectation_results] ([run_id], [table_name], [expectation], [action], [rule], [passed], [failed]) VALUES (?, ?, ?, ?, ?, ?, ?)
-- values: '20260101-000000-0001', 'silver.titles', 'kind_known', 'DROP', 'kind IN ('Movie')', 9, 1
GO

INSERT INTO [meta].[expectation_results] ([run_id], [table_name], [expectation], [action], [rule], [passed], [failed]) VALUES (?, ?, ?, ?, ?, ?, ?)
-- values: '20260101-000000-0001', 'gold.dim_title', 'key_unique', 'FAIL', 'unique', 7, 0
GO

-- commit
GO
