package io.medallion.application.service;

import io.medallion.application.port.in.TitleStory.Check;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.Judging;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The titles' silver expectations judged on one bronze record as silver judges it: a catalogue
 * record conformed first ({@link CatalogueConform#title}), a tutorial title as it is. Only row
 * rules: a rule over the whole table has no verdict on one record.
 */
final class TitleChecks {

  private final SilverSpec titles;
  private final List<Expectation> rowRules;

  TitleChecks(SilverSpec titles) {
    this.titles = titles;
    this.rowRules =
        titles.expectations().stream()
            .filter(e -> new Judging(List.of(e)).tableRules().isEmpty())
            .toList();
  }

  /** Each expectation's verdict on the record; none for a table the titles are not read from. */
  List<Check> on(BronzeSpec source, Map<String, Object> row) {
    if (!titles.sources().contains(source.target())) {
      return List.of();
    }
    Map<String, Object> judged = source.feed() == Feed.CATALOGUE ? conformed(row) : row;
    return rowRules.stream()
        .map(e -> new Check(e.name(), e.action(), e.rule().test(judged::get)))
        .toList();
  }

  // The record's metadata stays (a broken record is judged by it), its values become a title's.
  private static Map<String, Object> conformed(Map<String, Object> row) {
    Map<String, String> record = new LinkedHashMap<>();
    row.forEach((column, value) -> record.put(column, value == null ? null : value.toString()));
    Map<String, Object> title = new LinkedHashMap<>(row);
    title.putAll(CatalogueConform.title(record));
    return title;
  }
}
