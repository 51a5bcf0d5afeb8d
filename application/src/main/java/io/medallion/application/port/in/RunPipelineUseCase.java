package io.medallion.application.port.in;

import io.medallion.application.run.RunReport;

/**
 * Runs the medallion once: ingest, bronze, silver, gold, serve. A run with nothing new changes no
 * row; a failed run is recorded and rethrown, and leaves each table as its last commit left it.
 */
public interface RunPipelineUseCase {
  RunReport run(RunPipelineCommand command);
}
