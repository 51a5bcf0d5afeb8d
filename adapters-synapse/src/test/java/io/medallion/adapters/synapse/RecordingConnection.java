package io.medallion.adapters.synapse;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A JDBC connection that runs nothing: it writes down every statement, its bound values and every
 * commit, answers catalog queries from a function (one value, or rows where a test gives them, read
 * as text or converted as a driver would), and fails the statements a test chooses.
 */
final class RecordingConnection {

  private final List<String> transcript = new ArrayList<>();
  private final BiFunction<String, List<Object>, String> answers;
  private final Function<String, SQLException> failures;
  private BiFunction<String, List<Object>, List<List<String>>> rows = (sql, values) -> null;
  private boolean closed;

  RecordingConnection(
      BiFunction<String, List<Object>, String> answers, Function<String, SQLException> failures) {
    this.answers = answers;
    this.failures = failures;
  }

  /** Every catalog query answers with no row; no statement fails. */
  static RecordingConnection empty() {
    return new RecordingConnection((sql, values) -> null, sql -> null);
  }

  /** Answers a query with the rows {@code rows} gives for it, where it gives any (not null). */
  RecordingConnection withRows(BiFunction<String, List<Object>, List<List<String>>> rows) {
    this.rows = rows;
    return this;
  }

  List<String> transcript() {
    return transcript;
  }

  /** The statements without parameters, as run: DDL and COPY INTO. */
  List<String> executed() {
    return transcript.stream().filter(s -> !s.startsWith("-- ") && !s.contains("?")).toList();
  }

  boolean closed() {
    return closed;
  }

  Connection connection() {
    return proxy(
        Connection.class,
        (self, method, args) ->
            switch (method.getName()) {
              case "createStatement" -> statement(null, new ArrayList<>());
              case "prepareStatement" -> statement((String) args[0], new ArrayList<>());
              case "commit" -> record("-- commit");
              case "rollback" -> record("-- rollback");
              case "close" -> {
                closed = true;
                yield null;
              }
              case "isClosed" -> closed;
              case "setAutoCommit" -> null;
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }

  private Object statement(String prepared, List<Object> values) {
    Class<?> type = prepared == null ? Statement.class : PreparedStatement.class;
    return proxy(
        type,
        (self, method, args) ->
            switch (method.getName()) {
              case "execute" -> {
                run(args == null ? prepared : (String) args[0], values);
                yield false;
              }
              case "executeUpdate" -> {
                run(args == null ? prepared : (String) args[0], values);
                yield 1;
              }
              case "executeQuery" -> query(prepared, values);
              case "setObject", "setString", "setLong" -> {
                values.add(args[1]);
                yield null;
              }
              case "close" -> null;
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }

  private void run(String sql, List<Object> values) throws SQLException {
    record(values.isEmpty() ? sql : sql + "\n-- values: " + describe(values));
    SQLException failure = failures.apply(sql);
    if (failure != null) {
      throw failure;
    }
  }

  private ResultSet query(String sql, List<Object> values) throws SQLException {
    run(sql, values);
    List<List<String>> table = rows.apply(sql, List.copyOf(values));
    if (table == null) {
      String answer = answers.apply(sql, List.copyOf(values));
      table = answer == null ? List.of() : List.of(List.of(answer));
    }
    return resultSet(table);
  }

  private static ResultSet resultSet(List<List<String>> table) {
    int[] row = {-1};
    String[] last = {null};
    int width = table.isEmpty() ? 0 : table.get(0).size();
    ResultSetMetaData meta =
        proxy(
            ResultSetMetaData.class,
            (self, method, args) ->
                switch (method.getName()) {
                  case "getColumnCount" -> width;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
    return proxy(
        ResultSet.class,
        (self, method, args) ->
            switch (method.getName()) {
              case "next" -> ++row[0] < table.size();
              case "getString", "getLong", "getDouble", "getObject" -> {
                last[0] = table.get(row[0]).get((Integer) args[0] - 1);
                yield converted(method.getName(), last[0], args);
              }
              case "wasNull" -> last[0] == null;
              case "getMetaData" -> meta;
              case "close" -> null;
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }

  // As a driver reads a column: NULL as zero for a primitive, null for an object.
  private static Object converted(String getter, String text, Object[] args) {
    return switch (getter) {
      case "getLong" -> text == null ? 0L : Long.parseLong(text);
      case "getDouble" -> text == null ? 0.0 : Double.parseDouble(text);
      case "getObject" ->
          text == null || args.length == 1 ? text : parsed(text, (Class<?>) args[1]);
      default -> text;
    };
  }

  private static Object parsed(String text, Class<?> type) {
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    throw new UnsupportedOperationException("getObject as " + type.getSimpleName());
  }

  private Object record(String entry) {
    transcript.add(entry);
    return null;
  }

  private static String describe(List<Object> values) {
    return values.stream()
        .map(v -> v instanceof String ? "'" + v + "'" : String.valueOf(v))
        .collect(Collectors.joining(", "));
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler calls) {
    InvocationHandler handler =
        (self, method, args) ->
            switch (method.getName()) {
              case "equals" -> self == args[0];
              case "hashCode" -> System.identityHashCode(self);
              case "toString" -> "Recording" + type.getSimpleName();
              default -> calls.invoke(self, method, args);
            };
    return (T)
        Proxy.newProxyInstance(
            RecordingConnection.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
