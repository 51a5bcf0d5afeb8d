package io.medallion.domain.medallion;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GoldSpecTest {

  @Test
  void givenTheCataloguesGoldSpecs_inputs_areTheirRecipesSourcesThenTheTablesTheyLookUp() {
    Map<GoldTable, List<String>> inputs =
        NetflixMedallion.gold().stream()
            .collect(
                Collectors.toMap(
                    GoldSpec::table, s -> s.inputs().stream().map(TableName::toString).toList()));

    assertThat(inputs)
        .containsEntry(GoldTable.DIM_TITLE, List.of("silver.titles"))
        .containsEntry(GoldTable.BRIDGE_TITLE_CAST, List.of("silver.cast", "silver.titles"))
        .containsEntry(GoldTable.BRIDGE_TITLE_COUNTRY, List.of("silver.countries", "silver.titles"))
        .containsEntry(GoldTable.AGG_TITLES_BY_YEAR, List.of("gold.dim_title"))
        .containsEntry(GoldTable.AGG_TITLES_BY_RATING, List.of("gold.dim_title"))
        .containsEntry(
            GoldTable.AGG_TITLES_BY_CATEGORY,
            List.of("gold.dim_title", "gold.bridge_title_category"));
  }

  @Test
  void givenTheCataloguesRecipes_eachAggregate_countsTitlesOverItsTableAndDimension() {
    GoldRecipe byYear = NetflixMedallion.recipe(GoldTable.AGG_TITLES_BY_YEAR);
    GoldRecipe byCountry = NetflixMedallion.recipe(GoldTable.AGG_TITLES_BY_COUNTRY);
    GoldRecipe dimTitle = NetflixMedallion.recipe(GoldTable.DIM_TITLE);

    assertThat(byYear)
        .isEqualTo(GoldRecipe.TitlesPer.yearOf("date_added", "year_added"))
        .matches(r -> !((GoldRecipe.TitlesPer) r).overABridge());
    assertThat(byCountry)
        .isEqualTo(GoldRecipe.TitlesPer.valueOf(GoldTable.BRIDGE_TITLE_COUNTRY, "country"))
        .matches(r -> ((GoldRecipe.TitlesPer) r).overABridge());
    assertThat(dimTitle)
        .isEqualTo(new GoldRecipe.SilverRows(Feed.TITLES, GoldTable.DIM_TITLE.columns()));
  }
}
