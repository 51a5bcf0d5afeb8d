package io.medallion.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything this JVM logs at INFO and above while open, stack traces included: log4j2's root
 * logger (Spark, Hadoop, Delta, the Azure SDK and our adapters, through slf4j), java.util.logging
 * (the SQL Server driver, the JDK's HTTP client) and whatever is printed on the process's standard
 * streams. The console keeps its configured WARN.
 */
final class CapturedLogs implements AutoCloseable {

  private static final String NAME = "canary-capture";

  private final StringWriter log4j = new StringWriter();
  private final ByteArrayOutputStream streams = new ByteArrayOutputStream();
  private final StringBuffer jul = new StringBuffer();
  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
  private final Level rootLevel;
  private final Handler julHandler = new JulHandler();
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;

  private CapturedLogs() {
    Configuration config = context.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    rootLevel = root.getLevel();
    Appender appender =
        WriterAppender.newBuilder()
            .setName(NAME)
            .setTarget(log4j)
            .setLayout(
                PatternLayout.newBuilder()
                    .withConfiguration(config)
                    .withPattern("%p %c: %m%n%throwable")
                    .build())
            .build();
    appender.start();
    config.addAppender(appender);
    // The console's appender keeps WARN: INFO reaches only the capture.
    for (Appender console : root.getAppenders().values()) {
      root.removeAppender(console.getName());
      root.addAppender(console, rootLevel, null);
    }
    root.addAppender(appender, Level.INFO, null);
    root.setLevel(Level.INFO);
    context.updateLoggers();
    java.util.logging.Logger.getLogger("").addHandler(julHandler);
    System.setOut(tee(out));
    System.setErr(tee(err));
  }

  static CapturedLogs start() {
    return new CapturedLogs();
  }

  /** What was logged or printed since the last call, and forgets it. */
  synchronized String drain() {
    String text;
    StringBuffer logged = log4j.getBuffer();
    synchronized (logged) {
      text = logged.toString();
      logged.setLength(0);
    }
    synchronized (streams) {
      text += streams.toString(StandardCharsets.UTF_8);
      streams.reset();
    }
    synchronized (jul) {
      text += jul.toString();
      jul.setLength(0);
    }
    return text;
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
    java.util.logging.Logger.getLogger("").removeHandler(julHandler);
    Configuration config = context.getConfiguration();
    LoggerConfig root = config.getRootLogger();
    root.removeAppender(NAME);
    root.setLevel(rootLevel);
    context.updateLoggers();
    Appender appender = config.getAppender(NAME);
    if (appender != null) {
      appender.stop();
    }
  }

  private PrintStream tee(PrintStream original) {
    return new PrintStream(
        new OutputStream() {
          @Override
          public void write(int b) {
            original.write(b);
            synchronized (streams) {
              streams.write(b);
            }
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            synchronized (streams) {
              streams.write(bytes, offset, length);
            }
          }
        },
        true,
        StandardCharsets.UTF_8);
  }

  /** Formats each record as the JDK's console handler would, its stack trace included. */
  private final class JulHandler extends Handler {

    private final SimpleFormatter format = new SimpleFormatter();

    JulHandler() {
      setLevel(java.util.logging.Level.INFO);
    }

    @Override
    public void publish(LogRecord record) {
      if (isLoggable(record)) {
        jul.append(format.format(record));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
