package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

class CliHelpTest {

  private static final int WIDTH = 80;
  // A text that stops mid-sentence ends with a word or a comma.
  private static final Pattern WHOLE = Pattern.compile("(?s).*[.:)!?]");
  private static final Pattern HEADER = Pattern.compile("(?s).*\\.");

  private static final CommandSpec MODEL =
      MedallionCli.commandLine(name -> null, new RefusingUseCases()).getCommandSpec();

  @Test
  void givenTopLevelHelp_cli_listsEveryCommandOnOneLineWithItsHeader() {
    Cli cli = Cli.run("--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(WIDTH + 1));
    assertThat(MODEL.subcommands()).isNotEmpty();
    MODEL
        .subcommands()
        .forEach(
            (name, command) -> {
              String header = String.format(command.getCommandSpec().usageMessage().header()[0]);
              assertThat(cli.out().lines().filter(line -> line.strip().startsWith(name + " ")))
                  .as(name)
                  .singleElement()
                  .asString()
                  .matches("  " + name + " +" + Pattern.quote(header));
            });
  }

  @Test
  void givenHelpOnEverySubcommand_cli_succeedsWithinEightyColumns() {
    for (String name : MODEL.subcommands().keySet()) {
      Cli cli = Cli.run(name, "--help");

      assertThat(cli.exitCode()).as(name).isZero();
      assertThat(cli.out()).as(name).contains("Usage: medallion " + name);
      assertThat(cli.out().lines())
          .as(name)
          .allSatisfy(line -> assertThat(line).hasSizeLessThan(WIDTH + 1));
    }
  }

  @Test
  void givenTheModel_everyHeaderAndDescription_isMadeOfWholeSentences() {
    List<String> broken = new ArrayList<>();
    commands(MODEL).forEach(spec -> broken.addAll(brokenTexts(spec)));

    assertThat(broken).isEmpty();
  }

  @Test
  void givenUnknownCommand_cli_failsNamingItAndTheCommands() {
    for (String[] args : List.of(new String[] {"nosuch", "--help"}, new String[] {"nosuch"})) {
      Cli cli = Cli.run(args);

      assertThat(cli.exitCode()).as(List.of(args).toString()).isEqualTo(2);
      assertThat(cli.out()).as(List.of(args).toString()).isEmpty();
      assertThat(cli.err().strip())
          .as(List.of(args).toString())
          .startsWith("medallion: no command 'nosuch'")
          .endsWith(String.join(", ", MODEL.subcommands().keySet()))
          .doesNotContain("\n");
    }
  }

  @Test
  void givenNoCommand_cli_failsNamingEveryCommandOfTheModel() {
    Cli cli = Cli.run();

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .contains("name a command: " + String.join(", ", MODEL.subcommands().keySet()) + " (");
    assertThat(MODEL.subcommands()).isNotEmpty();
  }

  private static Stream<CommandSpec> commands(CommandSpec spec) {
    return Stream.concat(
        Stream.of(spec),
        spec.subcommands().values().stream().flatMap(c -> commands(c.getCommandSpec())));
  }

  private static List<String> brokenTexts(CommandSpec spec) {
    List<String> broken = new ArrayList<>();
    String name = spec.qualifiedName();
    String[] header = spec.usageMessage().header();
    if (spec != MODEL && header.length != 1) {
      broken.add(name + ": " + header.length + " header lines, not 1");
    }
    String[] description = spec.usageMessage().description();
    check(name + " header", header, HEADER, broken);
    check(name, description, WHOLE, broken);
    formats(name + " header", header, broken);
    formats(name, description, broken);
    for (OptionSpec option : spec.options()) {
      check(name + " " + option.longestName(), option.description(), WHOLE, broken);
    }
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      check(name + " " + parameter.paramLabel(), parameter.description(), WHOLE, broken);
    }
    return broken;
  }

  private static void check(String where, String[] texts, Pattern whole, List<String> broken) {
    for (String text : texts) {
      if (!whole.matcher(text.strip()).matches()) {
        broken.add(where + ": '" + text + "' stops mid-sentence");
      }
    }
  }

  // picocli formats every text, so a bare % breaks it (it must be %%). The model hands a
  // command's texts back as written, an option's already formatted: only the former tell.
  private static void formats(String where, String[] texts, List<String> broken) {
    for (String text : texts) {
      try {
        String.format(text);
      } catch (IllegalFormatException e) {
        broken.add(where + ": '" + text + "' holds a bare %");
      }
    }
  }
}
