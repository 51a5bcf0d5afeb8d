package io.medallion.domain.medallion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDetectionTest {

  private static final List<String> CATALOGUE_HEADER =
      List.of(
          "show_id",
          "type",
          "title",
          "director",
          "cast",
          "country",
          "date_added",
          "release_year",
          "rating",
          "duration",
          "listed_in",
          "description");

  private static final List<Feed> LANDED = LakeLayout.layoutsIn(LakeLayout.LANDING_TITLES);

  @Test
  void givenTheLandingZone_layoutsIn_expectsBothTitleLayoutsTutorialFirst() {
    assertThat(LANDED).containsExactly(Feed.TITLES, Feed.CATALOGUE);
    assertThat(LakeLayout.layoutsIn(LakeLayout.rawFolder(Feed.CAST))).containsExactly(Feed.CAST);
  }

  @Test
  void givenEachLayoutsOwnHeader_layoutOf_expectsThatLayout() {
    assertThat(HeaderMatch.layoutOf(CATALOGUE_HEADER, LANDED)).isEqualTo(Feed.CATALOGUE);
    assertThat(HeaderMatch.layoutOf(Feed.TITLES.columns(), LANDED)).isEqualTo(Feed.TITLES);
  }

  @Test
  void givenACatalogueHeaderReorderedInOtherCaseLackingAColumn_layoutOf_expectsCatalogue() {
    List<String> header =
        List.of(
            " Description",
            "SHOW ID",
            "Type",
            "Title",
            "Director",
            "Country",
            "Date Added",
            "Release Year",
            "Rating",
            "Duration",
            "Listed In");
    Feed layout = HeaderMatch.layoutOf(header, LANDED);

    assertThat(layout).isEqualTo(Feed.CATALOGUE);
    assertThatThrownBy(() -> HeaderMatch.of(layout, header).requireComplete("x.csv"))
        .isInstanceOf(HeaderMatch.MissingColumnsException.class)
        .hasMessageContaining("x.csv")
        .hasMessageContaining("[cast]")
        .hasMessageContaining("catalogue layout");
  }

  @Test
  void givenNoHeaderOrAForeignOne_layoutOf_expectsTheTutorialsTitlesWhichRefuseIt() {
    assertThat(HeaderMatch.layoutOf(List.of(), LANDED)).isEqualTo(Feed.TITLES);
    assertThat(HeaderMatch.layoutOf(List.of("{\"a\": 1}"), LANDED)).isEqualTo(Feed.TITLES);
  }

  @Test
  void givenTwoSpecsOverTheLandingZone_takes_expectsEachFileTakenByExactlyOne() {
    BronzeSpec titles = BronzeSpec.of(Feed.TITLES);
    BronzeSpec catalogue = BronzeSpec.of(Feed.CATALOGUE);

    assertThat(titles.takes(Feed.TITLES.columns())).isTrue();
    assertThat(catalogue.takes(Feed.TITLES.columns())).isFalse();
    assertThat(titles.takes(CATALOGUE_HEADER)).isFalse();
    assertThat(catalogue.takes(CATALOGUE_HEADER)).isTrue();
  }

  @Test
  void givenALookupSpec_takes_expectsEveryHeaderSinceItsFolderHoldsOneLayout() {
    assertThat(BronzeSpec.of(Feed.CAST).takes(CATALOGUE_HEADER)).isTrue();
  }

  @Test
  void givenTheMedallion_silver_expectsTheTutorialsFiveTablesEachAlsoFedByTheCatalogue() {
    assertThat(NetflixMedallion.silver())
        .extracting(SilverSpec::feed)
        .containsExactlyElementsOf(Feed.tutorial());
    assertThat(NetflixMedallion.silver())
        .allSatisfy(
            s ->
                assertThat(s.sources())
                    .containsExactly(s.source(), TableName.of(Layer.BRONZE, "catalogue")));
    assertThat(NetflixMedallion.bronze())
        .extracting(BronzeSpec::target)
        .contains(TableName.of(Layer.BRONZE, "catalogue"));
  }
}
