package io.medallion.adapters.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.QualityTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityRecordsTest {

  @Test
  void givenANewWarehouse_create_makesEachQualityTableWithTheDefinitionsColumnsInOrder()
      throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      QualityRecords.create(connection);

      for (QualityTable table : QualityTable.values()) {
        assertThat(columns(connection, table.tableName()))
            .as(table.tableName())
            .isEqualTo(table.columns());
      }
    }
  }

  private static List<String> columns(Connection connection, String table) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = ?"
                + " AND table_name = ? ORDER BY ordinal_position")) {
      query.setString(1, QualityTable.SCHEMA);
      query.setString(2, table);
      List<String> columns = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
      return columns;
    }
  }
}
