package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference catalogue conforming on every shared case. */
class CatalogueConformCasesTest {

  @Test
  void givenEveryCase_conformTitle_givesTheExpectedDurationsAndRating() {
    for (CatalogueConformCases.Case c : CatalogueConformCases.all()) {
      Map<String, String> title = CatalogueConform.title(c.record());

      assertThat(CatalogueConformCases.Title.of(title::get)).as(c.toString()).isEqualTo(c.title());
      assertThat(title.keySet())
          .as(c.toString())
          .containsExactlyElementsOf(CatalogueConform.TITLE_COLUMNS);
      for (String column : Feed.TITLES.columns()) {
        if (!column.startsWith("duration_") && !column.equals("rating")) {
          assertThat(title.get(column)).as(c + ": " + column).isEqualTo(c.record().get(column));
        }
      }
    }
  }

  @Test
  void givenEveryCase_conformNames_givesTheExpectedNamesOfItsLookup() {
    for (CatalogueConformCases.Case c : CatalogueConformCases.all()) {
      assertThat(CatalogueConform.names(c.lookup(), c.record()))
          .as(c.toString())
          .containsExactlyElementsOf(c.names());
    }
  }

  @Test
  void givenTheCases_all_coverEveryLookupAndEveryColumnOfTheLayout() {
    assertThat(CatalogueConformCases.all())
        .hasSizeGreaterThanOrEqualTo(20)
        .extracting(CatalogueConformCases.Case::lookup)
        .containsAll(Feed.lookups());
    assertThat(CatalogueConformCases.all())
        .allSatisfy(
            c ->
                assertThat(c.record().keySet())
                    .containsExactlyElementsOf(Feed.CATALOGUE.columns()));
  }
}
