package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.port.in.ExplainTitleUseCase;
import io.medallion.application.port.in.TitleStory;
import io.medallion.application.port.in.TitleStory.BronzeRecord;
import io.medallion.application.port.in.TitleStory.Check;
import io.medallion.application.port.in.TitleStory.QuarantinedRow;
import io.medallion.application.port.in.TitleStory.TableRows;
import io.medallion.application.port.in.TitleStory.Version;
import io.medallion.domain.quality.Action;
import io.medallion.domain.table.TableName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} on a fake use case: what it prints, in both formats, comes from the story. */
class ExplainCommandTest {

  private static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");

  @TempDir Path workdir;

  private final List<String> asked = new ArrayList<>();

  @BeforeEach
  void makeTheLake() throws Exception {
    Files.createDirectories(new WorkdirSettings(workdir).lakeRoot());
  }

  @Test
  void givenAQuarantinedTitle_explainAsText_showsEachLayerAndTheFailedRule() {
    Cli cli = run("explain", "s4", "--workdir", workdir.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(asked).containsExactly("s4");
    assertThat(cli.out().lines())
        .containsSubsequence(
            "title s4",
            "bronze",
            "  bronze.titles  landing/titles/t.csv record 3  run r1  ingested 2026-01-01T10:00:00Z",
            "    show_id=s4, duration_minutes=ninety",
            "    passed 1 of 2; failed movie_minutes_numeric (quarantine)",
            "quarantine",
            "  silver.titles_quarantine  failed movie_minutes_numeric  from landing/titles/t.csv",
            "silver",
            "  silver.titles  none",
            "gold",
            "  gold.dim_title  none",
            "  gold.bridge_title_director  none");
  }

  @Test
  void givenAQuarantinedTitle_explainAsJson_writesOneDocumentForTools() throws Exception {
    Cli cli = run("explain", "s4", "--workdir", workdir.toString(), "--format", "json");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode story = new ObjectMapper().readTree(cli.out());
    assertThat(story.path("show_id").asText()).isEqualTo("s4");
    JsonNode record = story.path("bronze").get(0);
    assertThat(record.path("record_index").asLong()).isEqualTo(3);
    assertThat(record.path("ingested_at").asText()).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(record.path("values").path("duration_minutes").asText()).isEqualTo("ninety");
    assertThat(record.path("checks").get(1).path("passed").asBoolean()).isFalse();
    assertThat(record.path("checks").get(1).path("action").asText()).isEqualTo("quarantine");
    assertThat(story.path("quarantine").get(0).path("failed_rules").get(0).asText())
        .isEqualTo("movie_minutes_numeric");
    assertThat(story.path("silver").isNull()).isTrue();
    assertThat(story.path("gold").path("dim_title").isNull()).isTrue();
    assertThat(story.path("gold").path("bridges").path("gold.bridge_title_director").isArray())
        .isTrue();
  }

  @Test
  void givenATitleWithTwoVersions_explainAsText_namesWhatTheLaterOneChanged() {
    Cli cli = run("explain", "s2", "--workdir", workdir.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out().lines())
        .containsSubsequence(
            "  version from 2026-01-01T10:00:00Z to 2026-01-02T10:00:00Z  first seen",
            "  version from 2026-01-02T10:00:00Z (current)  duration_seasons: 2 -> 3");
  }

  @Test
  void givenAnUnknownShowId_explain_failsNamingTheLake() {
    Cli cli = run("explain", "s123", "--workdir", workdir.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err())
        .contains("no title s123 in any layer of " + new WorkdirSettings(workdir).lakeLocation());
  }

  private Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ExplainTitleUseCase explain =
        id -> {
          asked.add(id);
          return switch (id) {
            case "s4" -> Optional.of(quarantined());
            case "s2" -> Optional.of(changed());
            default -> Optional.empty();
          };
        };
    int code =
        MedallionCli.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            name -> null,
            new RefusingUseCases() {
              @Override
              public ExplainTitleUseCase explain(CommandSettings settings) {
                return explain;
              }
            });
    return new Cli(code, out.toString(), err.toString());
  }

  private static TitleStory changed() {
    Instant next = AT.plusSeconds(86_400);
    return new TitleStory(
        "s2",
        List.of(),
        List.of(),
        Optional.of(Map.of("show_id", "s2", "duration_seasons", 3)),
        List.of(
            new Version(AT, Optional.of(next), false, Map.of("duration_seasons", 2)),
            new Version(next, Optional.empty(), true, Map.of("duration_seasons", 3))),
        Optional.empty(),
        List.of(),
        List.of());
  }

  private static TitleStory quarantined() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("show_id", "s4");
    values.put("type", null);
    values.put("duration_minutes", "ninety");
    return new TitleStory(
        "s4",
        List.of(
            new BronzeRecord(
                TableName.parse("bronze.titles"),
                "landing/titles/t.csv",
                3L,
                "r1",
                AT,
                values,
                List.of(
                    new Check("show_id_present", Action.QUARANTINE, true),
                    new Check("movie_minutes_numeric", Action.QUARANTINE, false)))),
        List.of(
            new QuarantinedRow(
                TableName.parse("silver.titles_quarantine"),
                "landing/titles/t.csv",
                List.of("movie_minutes_numeric"),
                values)),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(new TableRows(TableName.parse("gold.bridge_title_director"), List.of())),
        List.of());
  }
}
