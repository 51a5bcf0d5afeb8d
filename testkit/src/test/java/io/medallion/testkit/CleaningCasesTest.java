package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.catalog.TitleCleaning;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The reference cleaning functions (used by the in-memory engine) on every shared case. */
class CleaningCasesTest {

  @Test
  void givenEveryCase_titleCleaning_givesTheExpectedValue() {
    assertThat(CleaningCases.all()).hasSizeGreaterThanOrEqualTo(40);
    for (CleaningCases.Case c : CleaningCases.all()) {
      Object actual =
          switch (c.function()) {
            case TRIM -> TitleCleaning.trim(c.input());
            case RATING -> TitleCleaning.normaliseRating(c.input());
            case SHORT_TITLE -> TitleCleaning.shortTitle(c.input());
            case WHOLE_NUMBER -> TitleCleaning.wholeNumber(c.input());
            case DATE_ADDED -> TitleCleaning.dateAdded(c.input());
          };
      assertThat(actual == null ? null : Objects.toString(actual))
          .as(c.toString())
          .isEqualTo(c.expected());
    }
  }
}
