package io.medallion.application.service;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What would make a plan fail however good its data: a table read that no spec writes, or an
 * expectation reading a column its rows do not have. Found from the specs alone, one line each.
 */
final class PlanProblems {

  // What bronze adds to every record; silver judges the raw record with these beside it.
  private static final List<String> BRONZE_METADATA =
      List.of(
          BronzeSpec.SOURCE_FILE,
          BronzeSpec.INGESTED_AT,
          BronzeSpec.RUN_ID,
          BronzeSpec.RESCUED_DATA,
          BronzeSpec.CORRUPT_RECORD,
          BronzeSpec.RECORD_INDEX);

  private PlanProblems() {}

  /** The plan in a few words, for the check's subject. */
  static String describe(MedallionPlan plan) {
    long expectations =
        plan.silver().stream().mapToLong(s -> s.expectations().size()).sum()
            + plan.gold().stream().mapToLong(g -> g.expectations().size()).sum();
    return String.format(
        "the plan: %d bronze, %d silver and %d gold tables, %d expectations",
        plan.bronze().size(), plan.silver().size(), plan.gold().size(), expectations);
  }

  static List<String> of(MedallionPlan plan) {
    Map<TableName, List<String>> written = new HashMap<>();
    plan.bronze().forEach(b -> written.put(b.target(), List.of()));
    plan.silver().forEach(s -> written.put(s.target(), s.columns()));
    plan.gold().forEach(g -> written.put(g.target(), g.table().columns()));
    List<String> problems = new ArrayList<>();
    for (SilverSpec silver : plan.silver()) {
      unwritten(silver.target(), silver.sources(), written, problems);
      for (Expectation e : silver.expectations()) {
        unread(silver.target(), e, judged(silver), written, problems);
      }
    }
    for (GoldSpec gold : plan.gold()) {
      unwritten(gold.target(), gold.inputs(), written, problems);
      for (Expectation e : gold.expectations()) {
        unread(gold.target(), e, gold.table().columns(), written, problems);
      }
    }
    return List.copyOf(problems);
  }

  private static void unwritten(
      TableName table,
      List<TableName> inputs,
      Map<TableName, List<String>> written,
      List<String> problems) {
    for (TableName input : inputs) {
      if (input.equals(table) || !written.containsKey(input)) {
        problems.add(
            "plan: " + table + " reads " + input + ", which no other spec of the plan writes");
      }
    }
  }

  private static void unread(
      TableName table,
      Expectation expectation,
      List<String> columns,
      Map<TableName, List<String>> written,
      List<String> problems) {
    for (String column : expectation.rule().columns()) {
      if (!columns.contains(column)) {
        problems.add(
            String.format(
                "plan: expectation %s of %s reads column %s, which %s does not have",
                expectation.name(), table, column, table));
      }
    }
    Rule.flatten(expectation.rule())
        .filter(Rule.ReferenceExists.class::isInstance)
        .map(Rule.ReferenceExists.class::cast)
        .filter(r -> !written.getOrDefault(r.table(), List.of()).contains(r.tableColumn()))
        .forEach(
            r ->
                problems.add(
                    String.format(
                        "plan: expectation %s of %s looks up %s.%s, which the plan does not write",
                        expectation.name(), table, r.table(), r.tableColumn())));
  }

  /**
   * The columns a silver expectation reads: the raw record's, as its feed's header names them (a
   * title's with the catalogue's duration repair beside them), and bronze's metadata.
   */
  private static List<String> judged(SilverSpec silver) {
    Set<String> columns =
        new LinkedHashSet<>(
            silver.feed().nameColumn().isEmpty()
                ? CatalogueConform.TITLE_COLUMNS
                : silver.feed().columns());
    columns.addAll(BRONZE_METADATA);
    return List.copyOf(columns);
  }
}
