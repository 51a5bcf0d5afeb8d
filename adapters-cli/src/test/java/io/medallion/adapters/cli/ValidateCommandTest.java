package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.SetupCheck;
import io.medallion.application.port.in.ValidateSetupUseCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on fake use cases: what it prints and its exit code come from their checks. */
class ValidateCommandTest {

  @TempDir Path workdir;

  private final List<RunPipelineCommand> validated = new ArrayList<>();

  @Test
  void givenEveryCheckPassing_validate_printsOkLinesAndExitsZero() {
    Result result =
        run(
            new WorkdirSettings(workdir, List.of()),
            checks(
                new SetupCheck("the lake", List.of()), new SetupCheck("the warehouse", List.of())),
            "validate",
            "--config",
            "run.conf");

    assertThat(result.code()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "validating: lake " + workdir.resolve("lake") + ", warehouse " + warehouseOf(workdir),
            "ok: the settings and the variables they name",
            "ok: the lake",
            "ok: the warehouse",
            "valid: nothing found that would stop a run");
    assertThat(validated).singleElement().isEqualTo(new RunPipelineCommand(List.of()));
  }

  @Test
  void givenAMissingVariableAndAClosedPort_validate_printsOneLineEachAndExitsOne() {
    Result result =
        run(
            new WorkdirSettings(workdir, List.of("variable MEDALLION_ADLS_SECRET is not set")),
            checks(
                new SetupCheck(
                    "source netflix_cast",
                    List.of("source netflix_cast: connection refused (a closed port?) at x")),
                new SetupCheck("the lake", List.of())),
            "validate",
            "--config",
            "run.conf");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out().lines())
        .containsSubsequence(
            "problem: variable MEDALLION_ADLS_SECRET is not set",
            "problem: source netflix_cast: connection refused (a closed port?) at x",
            "ok: the lake",
            "2 problems found")
        .noneMatch(line -> line.startsWith("ok: the settings"));
  }

  @Test
  void givenAConfigThatDoesNotRead_validate_printsOneProblemLineAndExitsOne() {
    UseCases useCases =
        new RefusingUseCases() {
          @Override
          public CommandSettings configured(Path file, Function<String, String> environment) {
            throw new IllegalArgumentException("run.conf: 3: Expecting a value but got '}'");
          }
        };

    Result result = run(useCases, "validate", "--config", "run.conf");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out().lines())
        .containsExactly(
            "problem: the settings do not read: run.conf: 3: Expecting a value but got '}'");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void givenAValidationThatCannotBeWired_validate_reportsItAsAProblem() {
    UseCases useCases =
        new RefusingUseCases() {
          @Override
          public ValidateSetupUseCase validation(CommandSettings settings) {
            throw new IllegalStateException(
                "environment variable MEDALLION_ADLS_SECRET is not set");
          }
        };

    Result result = run(useCases, "validate", "--workdir", workdir.toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out().lines())
        .contains(
            "ok: the settings and the variables they name",
            "problem: wiring: environment variable MEDALLION_ADLS_SECRET is not set",
            "1 problem found");
  }

  private static Path warehouseOf(Path workdir) {
    return new WorkdirSettings(workdir).warehouseFile();
  }

  private ValidateSetupUseCase checks(SetupCheck... checks) {
    return run -> {
      validated.add(run);
      return List.of(checks);
    };
  }

  private static Result run(
      CommandSettings settings, ValidateSetupUseCase validation, String... args) {
    return run(
        new RefusingUseCases() {
          @Override
          public CommandSettings configured(Path file, Function<String, String> environment) {
            return settings;
          }

          @Override
          public ValidateSetupUseCase validation(CommandSettings given) {
            assertThat(given).isSameAs(settings);
            return validation;
          }
        },
        args);
  }

  private static Result run(UseCases useCases, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MedallionCli.run(
            args, new PrintWriter(out, true), new PrintWriter(err, true), name -> null, useCases);
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}
}
