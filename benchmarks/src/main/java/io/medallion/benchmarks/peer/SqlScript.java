package io.medallion.benchmarks.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL file of {@code peer/}, its {@code ${name}} placeholders filled with SQL text, run one
 * statement at a time; a failing statement is reported with the file and its position.
 */
final class SqlScript {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

  private final String name;
  private final String text;

  private SqlScript(String name, String text) {
    this.name = name;
    this.text = text;
  }

  static SqlScript load(String name) {
    String resource = "/peer/" + name + ".sql";
    try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no SQL script " + resource + " on the classpath");
      }
      return new SqlScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Runs every statement, reading each result to its end so a failing check raises here. */
  void run(Connection connection, Map<String, String> values) throws SQLException {
    List<String> statements = statements(render(values));
    try (Statement statement = connection.createStatement()) {
      for (int i = 0; i < statements.size(); i++) {
        try {
          drain(statement, statement.execute(statements.get(i)));
        } catch (SQLException e) {
          throw new SQLException(
              "%s, statement %d of %d: %s"
                  .formatted(name, i + 1, statements.size(), e.getMessage()),
              e);
        }
      }
    }
  }

  String render(Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder sql = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(name + " needs a value for ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(sql, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(sql).toString();
  }

  /** The statements of the text: each ends with a ';' that ends a line outside a comment. */
  static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      current.append(line).append('\n');
      String trimmed = line.strip();
      if (trimmed.endsWith(";") && !trimmed.startsWith("--")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
      throw new IllegalArgumentException("a statement lacks its closing ';': " + current);
    }
    return List.copyOf(statements);
  }

  private static void drain(Statement statement, boolean hasResult) throws SQLException {
    if (hasResult) {
      try (ResultSet result = statement.getResultSet()) {
        while (result.next()) {
          // a check's error() is raised while its rows are produced
        }
      }
    }
  }
}
