package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.in.WatchLakeCommand;
import io.medallion.application.port.in.WatchLakeUseCase;
import io.medallion.application.port.in.WatchLakeUseCase.WatchSummary;
import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.TableInfo;
import io.medallion.domain.table.TableName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands driving fake use cases: what each prints comes from the use case it receives, with no
 * Spark, lake or warehouse behind it; the settings it hands over are those its options name.
 */
class CommandsOnFakesTest {

  @TempDir Path workdir;

  private final List<CommandSettings> asked = new ArrayList<>();

  @Test
  void givenTwoTables_tables_printsOneLinePerTableFromTheUseCase() throws Exception {
    Files.createDirectories(new WorkdirSettings(workdir).lakeRoot());
    ListTablesUseCase tables =
        () ->
            List.of(
                new TableInfo(TableName.parse("gold.dim_title"), 30, 4, 1, 2048),
                new TableInfo(TableName.parse("silver.titles"), 31, 2, 1, 4096));

    String out = run(fakes(tables, null), "tables", "--workdir", workdir.toString());

    assertThat(out.lines())
        .contains(
            "gold    dim_title  30    4        1      2048",
            "silver  titles     31    2        1      4096");
    assertThat(asked).singleElement().extracting(CommandSettings::workdir).isEqualTo(workdir);
  }

  @Test
  void givenAQueryAnswer_query_printsItsColumnsAndRowsAsCsv() throws Exception {
    Path warehouse = new WorkdirSettings(workdir).warehouseFile();
    Files.createDirectories(warehouse.getParent());
    Files.createFile(warehouse);
    QueryWarehouseUseCase query =
        sql ->
            new QueryResult(
                List.of("kind", "n"),
                List.of(List.of("Movie", "2"), Arrays.asList("TV Show", null)));

    String out =
        run(
            fakes(null, query),
            "query",
            "--workdir",
            workdir.toString(),
            "--format",
            "csv",
            "SELECT kind, count(*) AS n FROM gold.dim_title GROUP BY kind");

    assertThat(out.lines()).containsExactly("kind,n", "Movie,2", "TV Show,");
  }

  @Test
  void givenADashboard_dashboard_writesItWhereOutSaysOverTheViewsOfItsWorkdir() {
    ReadReportingViewUseCase views =
        view -> {
          throw new AssertionError("the fake dashboard reads no view");
        };
    List<Object> written = new ArrayList<>();
    UseCases useCases =
        new RefusingUseCases() {
          @Override
          public ReadReportingViewUseCase views(CommandSettings settings) {
            asked.add(settings);
            return views;
          }

          @Override
          public Dashboard dashboard() {
            return new Dashboard() {
              @Override
              public void write(ReadReportingViewUseCase read, Path file) {
                written.addAll(List.of(read, file));
              }

              @Override
              public Served serve(ReadReportingViewUseCase read, int port) {
                throw new AssertionError("no server in this test");
              }
            };
          }
        };
    Path page = workdir.resolve("page.html");

    String out =
        run(useCases, "dashboard", "--workdir", workdir.toString(), "--out", page.toString());

    assertThat(written).containsExactly(views, page);
    assertThat(out.strip()).isEqualTo("dashboard written to " + page.toAbsolutePath());
    assertThat(asked).singleElement().extracting(CommandSettings::workdir).isEqualTo(workdir);
  }

  @Test
  void givenAWatcher_watch_drivesItWithTheIntervalAndSaysWhatItDid() throws Exception {
    List<WatchLakeCommand> commands = new ArrayList<>();
    WatchLakeUseCase watcher =
        (command, watching) -> {
          commands.add(command);
          assertThat(watching.pause(Duration.ZERO)).isTrue();
          watching.batchFailed(new IllegalStateException("source down"), 1, Duration.ofSeconds(4));
          watching.lakeBusy("run 20260101-000000-abcd holds the lake");
          return new WatchSummary(3, 1, 7, 1);
        };
    UseCases useCases =
        new RefusingUseCases() {
          @Override
          public CommandSettings forWorkdir(Path dir) {
            CommandSettings settings = new WorkdirSettings(dir);
            asked.add(settings);
            return settings;
          }

          @Override
          public WatchLakeUseCase watching(CommandSettings settings, RunProgress progress) {
            return watcher;
          }
        };

    String out = run(useCases, "watch", "--workdir", workdir.toString(), "--interval", "2s");

    assertThat(commands)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.interval()).isEqualTo(Duration.ofSeconds(2));
              assertThat(c.run()).isEqualTo(asked.get(0).runCommand());
            });
    assertThat(out.lines())
        .contains(
            "1 failed in a row: source down; next try in 4 s",
            "skipped a tick: run 20260101-000000-abcd holds the lake",
            "stopped: 3 batches (1 failed), 7 ticks with nothing new, 1 with the lake busy");
  }

  @Test
  void givenLogFormatJsonBeforeOrAfterTheCommand_cli_asksTheHostForJsonLogsOnce() throws Exception {
    for (List<String> args :
        List.of(
            List.of("--log-format", "json", "tables", "--workdir", workdir.toString()),
            List.of("tables", "--workdir", workdir.toString(), "--log-format", "JSON"))) {
      List<LogFormat> formats = new ArrayList<>();
      UseCases useCases =
          new RefusingUseCases() {
            @Override
            public CommandSettings forWorkdir(Path dir) {
              return new WorkdirSettings(dir);
            }

            @Override
            public ListTablesUseCase tables(CommandSettings settings) {
              return List::of;
            }

            @Override
            public void logIn(LogFormat format) {
              formats.add(format);
            }
          };
      Files.createDirectories(new WorkdirSettings(workdir).lakeRoot());

      run(useCases, args.toArray(String[]::new));

      assertThat(formats).as(args.toString()).containsExactly(LogFormat.JSON);
    }
  }

  private String run(UseCases useCases, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MedallionCli.run(
            args, new PrintWriter(out, true), new PrintWriter(err, true), name -> null, useCases);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  // The use cases a test gives; any other is a failure of the test.
  private UseCases fakes(ListTablesUseCase tables, QueryWarehouseUseCase query) {
    return new RefusingUseCases() {
      @Override
      public ListTablesUseCase tables(CommandSettings settings) {
        asked.add(settings);
        return tables;
      }

      @Override
      public QueryWarehouseUseCase query(CommandSettings settings) {
        asked.add(settings);
        return query;
      }
    };
  }
}
