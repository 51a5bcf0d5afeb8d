package io.medallion.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One column of a reporting view: its name and the type every warehouse serves it as. */
public record ViewColumn(String name, Type type) {

  /** A column's type, and the Java type of its values in {@link ViewRows} (null stays null). */
  public enum Type {
    /** Text. */
    TEXT(String.class),
    /** A whole number (a count, a year, a rank). */
    NUMBER(Long.class),
    /** A fraction. */
    DECIMAL(Double.class),
    /** A calendar day. */
    DATE(LocalDate.class),
    /** An instant, in UTC. */
    TIMESTAMP(Instant.class),
    /**
     * Names in alphabetical order joined by {@link ReportingView#NAME_SEPARATOR}, null when there
     * are none: text, so that a Power BI user filters and searches it like any other column.
     */
    NAMES(String.class);

    private final Class<?> javaType;

    Type(Class<?> javaType) {
      this.javaType = javaType;
    }

    public Class<?> javaType() {
      return javaType;
    }
  }

  /** Reads {@code name:type}, the type in lower case, as the views' definitions write it. */
  static ViewColumn parse(String spec) {
    String[] parts = spec.split(":");
    return new ViewColumn(parts[0], Type.valueOf(parts[1].toUpperCase(Locale.ROOT)));
  }
}
