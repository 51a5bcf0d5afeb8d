package io.medallion.application.port.out;

import io.medallion.domain.medallion.TableName;

/** A lake table's row count and version. */
public record TableInfo(TableName table, long rows, long version) {}
