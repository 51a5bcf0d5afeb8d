package io.medallion.adapters.http;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport;
import io.medallion.domain.quality.ExpectationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of an alert on a run, when its policy calls for one: the run, how it ended with the
 * failure's first line, then one line per failed expectation with its table and counts.
 */
final class AlertText {

  // Long enough for any reason the pipeline gives, short enough for a chat message.
  private static final int MAX_REASON = 300;

  private AlertText() {}

  static Optional<String> of(RunReport report, AlertPolicy policy) {
    List<String> failed = failedExpectations(report, policy);
    if (report.succeeded() && failed.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder("Medallion run ").append(report.runId());
    text.append(
        report
            .failure()
            .map(reason -> " failed: " + oneLine(reason))
            .orElse(" finished with failed expectations"));
    failed.forEach(line -> text.append('\n').append(line));
    return Optional.of(text.toString());
  }

  private static List<String> failedExpectations(RunReport report, AlertPolicy policy) {
    List<String> lines = new ArrayList<>();
    for (LayerResult table : report.tables()) {
      for (ExpectationResult expectation : table.expectations()) {
        if (expectation.failed() > 0 && policy.alertsOn(expectation.action())) {
          // Backticks keep Slack and Teams from reading the underscores of names as italics.
          lines.add(
              String.format(
                  "- `%s`: expectation `%s` (%s) failed %d of %d rows",
                  table.table(),
                  expectation.name(),
                  expectation.action(),
                  expectation.failed(),
                  expectation.passed() + expectation.failed()));
        }
      }
    }
    return lines;
  }

  static String oneLine(String reason) {
    String first = reason.strip().lines().map(String::strip).findFirst().orElse("no reason given");
    return first.length() <= MAX_REASON ? first : first.substring(0, MAX_REASON - 1) + "…";
  }
}
