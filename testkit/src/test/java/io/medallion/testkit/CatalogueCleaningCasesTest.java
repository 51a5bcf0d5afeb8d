package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.catalog.CatalogueCleaning;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The reference catalogue cleaning functions on every shared case. */
class CatalogueCleaningCasesTest {

  @Test
  void givenEveryCase_catalogueCleaning_givesTheExpectedValue() {
    for (CatalogueCleaningCases.Case c : CatalogueCleaningCases.all()) {
      Object actual =
          switch (c.function()) {
            case SPLIT_NAMES -> CatalogueCleaning.splitNames(c.input());
            case MINUTES -> CatalogueCleaning.minutes(c.input());
            case SEASONS -> CatalogueCleaning.seasons(c.input());
            case DATE_ADDED -> CatalogueCleaning.dateAdded(c.input());
          };
      assertThat(actual == null ? null : Objects.toString(actual))
          .as(c.toString())
          .isEqualTo(c.expected());
    }
  }
}
