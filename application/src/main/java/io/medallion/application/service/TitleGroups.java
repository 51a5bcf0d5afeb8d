package io.medallion.application.service;

import static io.medallion.domain.catalog.Columns.KIND;

import io.medallion.application.port.in.TitleStory.TableRows;
import io.medallion.application.port.out.LakeRows;
import io.medallion.domain.medallion.GoldRecipe.TitlesPer;
import io.medallion.domain.medallion.GoldSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The aggregate groups a title counts in, found as the recipes count it: its kind and the value of
 * each aggregate's dimension, from its dimension row (its year added, its rating) or from its rows
 * of a bridge (one group per country or category); a title without a value counts in its kind's
 * null group.
 */
final class TitleGroups {

  private TitleGroups() {}

  static List<TableRows> of(
      Map<String, Object> dimension,
      List<TableRows> bridges,
      List<GoldSpec> aggregates,
      LakeRows lake) {
    List<TableRows> groups = new ArrayList<>();
    for (GoldSpec spec : aggregates) {
      if (spec.recipe() instanceof TitlesPer per) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object value : values(per, dimension, bridges)) {
          lake
              .rowsWhere(spec.target(), per.dimension(), value == null ? null : value.toString())
              .stream()
              .filter(r -> Objects.equals(text(r.get(KIND)), text(dimension.get(KIND))))
              .forEach(rows::add);
        }
        groups.add(new TableRows(spec.target(), rows));
      }
    }
    return groups;
  }

  private static List<Object> values(
      TitlesPer per, Map<String, Object> dimension, List<TableRows> bridges) {
    if (per.overABridge()) {
      return bridges.stream()
          .filter(b -> b.table().equals(per.over().table()))
          .flatMap(b -> b.rows().stream())
          .map(r -> r.get(per.dimension()))
          .distinct()
          .toList();
    }
    Object value =
        per.yearOf().isPresent()
            ? year(dimension.get(per.yearOf().get()))
            : dimension.get(per.dimension());
    return Collections.singletonList(value);
  }

  private static Object year(Object date) {
    if (date == null) {
      return null;
    }
    return date instanceof LocalDate day
        ? day.getYear()
        : LocalDate.parse(date.toString()).getYear();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
