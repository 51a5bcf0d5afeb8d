-- Recorded by GoldenSqlTest; rewrite with -Dgolden.update=true after reviewing a change.

SELECT s.name, v.name, m.definition FROM sys.views v JOIN sys.schemas s ON s.schema_id = v.schema_id JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE m.definition LIKE ?
-- values: '%-- medallion snapshot % version %'
GO
