package io.medallion.adapters.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print rows. */
final class FormatOption {

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  TextTable.Format format;
}
