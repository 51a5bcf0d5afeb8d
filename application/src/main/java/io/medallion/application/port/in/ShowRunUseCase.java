package io.medallion.application.port.in;

import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import java.util.Optional;

/**
 * The recorded report of one run (the latest when none is named): its tables' row counts and its
 * expectations' results. Fails naming the run when the log does not hold it.
 */
public interface ShowRunUseCase {
  RunReport show(Optional<RunId> run);
}
