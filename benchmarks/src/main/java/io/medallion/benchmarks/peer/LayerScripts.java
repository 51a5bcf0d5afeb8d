package io.medallion.benchmarks.peer;

import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The scripts of each layer, run in order over one connection, filled with the domain's values. */
final class LayerScripts {

  private final Connection connection;
  private final Map<String, String> constants;

  LayerScripts(Connection connection, Map<String, String> constants) {
    this.connection = connection;
    this.constants = Map.copyOf(constants);
  }

  void setup() throws SQLException {
    SqlScript.load("setup").run(connection, constants);
  }

  /**
   * Each feed's file read strictly in parallel; a file with a rejected record read again by the
   * lenient reader, which keeps such a record as Spark does.
   */
  void bronze(Path sourceDir) throws IOException, SQLException {
    SqlScript strict = SqlScript.load("bronze");
    SqlScript lenient = SqlScript.load("bronze_lenient");
    for (Feed feed : Feed.tutorial()) {
      Path file = sourceDir.resolve(feed.fileStem() + ".csv");
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            sourceDir.toAbsolutePath() + " lacks " + file.getFileName());
      }
      Map<String, String> values = with(SourceFile.of(feed, file).values());
      strict.run(connection, values);
      if (rejected(feed) > 0) {
        lenient.run(connection, values);
      }
    }
  }

  void silver() throws SQLException {
    SqlScript.load("silver_titles").run(connection, constants);
    SqlScript bridge = SqlScript.load("silver_bridge");
    for (Feed feed : Feed.lookups()) {
      bridge.run(connection, with(BridgeTables.silver(feed)));
    }
  }

  void gold() throws SQLException {
    SqlScript.load("gold_dim_title").run(connection, constants);
    SqlScript bridge = SqlScript.load("gold_bridge");
    for (Feed feed : Feed.lookups()) {
      bridge.run(connection, with(BridgeTables.gold(feed)));
    }
    SqlScript.load("gold_aggregates").run(connection, constants);
  }

  /** How many records the strict reader rejected from the feed's file. */
  private long rejected(Feed feed) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM rejects_" + feed.table())) {
      count.next();
      return count.getLong(1);
    }
  }

  private Map<String, String> with(Map<String, String> more) {
    Map<String, String> values = new HashMap<>(constants);
    values.putAll(more);
    return values;
  }
}
