package io.medallion.application.port.in;

import java.util.List;
import java.util.Objects;

/** One thing a validation looked at ({@code subject}) and what it found wrong, one line each. */
public record SetupCheck(String subject, List<String> problems) {

  public SetupCheck {
    Objects.requireNonNull(subject, "subject");
    problems = List.copyOf(problems);
  }

  /** True when nothing was found wrong. */
  public boolean passed() {
    return problems.isEmpty();
  }
}
