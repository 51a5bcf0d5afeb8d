package io.medallion.bootstrap;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;

/**
 * Turns the process's log into JSON lines on stderr, through Log4j's own JSON layout and the
 * template {@code medallion-log.json}: time, level, logger, message, the run's fields ({@code
 * run_id}, {@code stage}, {@code table} and the counts {@link LogFields} adds) and any error. The
 * product's own lines come at info from then on; the libraries' stay at warn, as in text.
 */
final class JsonLogs {

  static final String TEMPLATE = "classpath:medallion-log.json";

  private JsonLogs() {}

  static void switchOn() {
    LoggerContext context = LoggerContext.getContext(false);
    Configuration config = context.getConfiguration();
    Appender json =
        ConsoleAppender.newBuilder()
            .setName("json")
            .setTarget(ConsoleAppender.Target.SYSTEM_ERR)
            .setLayout(
                JsonTemplateLayout.newBuilder()
                    .setConfiguration(config)
                    .setEventTemplateUri(TEMPLATE)
                    .build())
            .setConfiguration(config)
            .build();
    json.start();
    config.addAppender(json);
    LoggerConfig root = config.getRootLogger();
    root.getAppenders().keySet().forEach(root::removeAppender);
    root.addAppender(json, null, null);
    config.addLogger(
        "io.medallion",
        LoggerConfig.newBuilder()
            .withLoggerName("io.medallion")
            .withLevel(Level.INFO)
            .withAdditivity(true)
            .withConfig(config)
            .build());
    context.updateLoggers();
  }
}
