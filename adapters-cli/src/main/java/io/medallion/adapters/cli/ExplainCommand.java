package io.medallion.adapters.cli;

import io.medallion.application.port.in.TitleStory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medallion explain SHOW_ID}: one title's story through the lake, layer by layer. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Tell one title's story through the lake, layer by layer.",
    description =
        "The files and records it was read from in each run, its bronze rows, the silver"
            + " expectations each title record passed or failed, its quarantined rows and why, its"
            + " versions (SCD2), its gold rows and the aggregate groups it counts in. A title that"
            + " was quarantined and never reached gold is told as far as it went.")
final class ExplainCommand implements Callable<Integer> {

  /** How the story is printed: for people, or as one JSON document for tools. */
  enum Format {
    text,
    json
  }

  private final UseCases useCases;

  ExplainCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Parameters(paramLabel = "SHOW_ID", description = "The title's show id, such as s1.")
  String showId;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    CommandSettings settings = workdir.existingLake(useCases);
    TitleStory story =
        useCases
            .explain(settings)
            .explain(showId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no title " + showId + " in any layer of " + settings.lakeLocation()));
    if (format == Format.json) {
      spec.commandLine().getOut().println(TitleStoryJson.of(story));
    } else {
      TitleStoryText.print(spec.commandLine().getOut(), story);
    }
    return 0;
  }
}
