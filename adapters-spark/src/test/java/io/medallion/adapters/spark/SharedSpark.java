package io.medallion.adapters.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one local SparkSession of the test JVM (started on first use, stopped by Spark's
 * own shutdown hook), so the start-up and Delta warm-up are paid once.
 */
public final class SharedSpark implements ParameterResolver {

  private static volatile SparkSession session;

  static SparkSession session() {
    if (session == null) {
      synchronized (SharedSpark.class) {
        if (session == null) {
          session = SparkSessions.start(SparkSettings.local("/tmp/unused-lake-root"));
        }
      }
    }
    return session;
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return session();
  }
}
