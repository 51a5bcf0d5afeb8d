package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.in.MaintainLakeUseCase;
import io.medallion.application.port.in.ProtectTableUseCase;
import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.in.ShowHistoryUseCase;
import io.medallion.application.port.in.ShowRunUseCase;
import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.TableInfo;
import io.medallion.domain.table.TableName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private final List<MedallionSettings> asked = new ArrayList<>();

  @Test
  void givenTwoTables_tables_printsOneLinePerTableFromTheUseCase() throws Exception {
    Files.createDirectories(MedallionSettings.forWorkdir(workdir).lakeRoot());
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
    assertThat(asked).singleElement().extracting(MedallionSettings::workdir).isEqualTo(workdir);
  }

  @Test
  void givenAQueryAnswer_query_printsItsColumnsAndRowsAsCsv() throws Exception {
    Path warehouse = MedallionSettings.forWorkdir(workdir).warehouseFile();
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

  private String run(UseCases useCases, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args, new PrintWriter(out, true), new PrintWriter(err, true), name -> null, useCases);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  // The use cases a test gives; any other is a failure of the test.
  private UseCases fakes(ListTablesUseCase tables, QueryWarehouseUseCase query) {
    return new UseCases() {
      @Override
      public Pipeline pipeline(MedallionSettings settings, RunProgress progress) {
        throw new AssertionError("no pipeline in this test");
      }

      @Override
      public ListTablesUseCase tables(MedallionSettings settings) {
        asked.add(settings);
        return tables;
      }

      @Override
      public ShowHistoryUseCase history(MedallionSettings settings) {
        throw new AssertionError("no history in this test");
      }

      @Override
      public ShowRunUseCase pastRun(MedallionSettings settings) {
        throw new AssertionError("no past run in this test");
      }

      @Override
      public MaintainLakeUseCase maintenance(MedallionSettings settings) {
        throw new AssertionError("no maintenance in this test");
      }

      @Override
      public ProtectTableUseCase protection(MedallionSettings settings) {
        throw new AssertionError("no protection in this test");
      }

      @Override
      public QueryWarehouseUseCase query(MedallionSettings settings) {
        asked.add(settings);
        return query;
      }

      @Override
      public ReadReportingViewUseCase views(MedallionSettings settings) {
        throw new AssertionError("no views in this test");
      }
    };
  }
}
