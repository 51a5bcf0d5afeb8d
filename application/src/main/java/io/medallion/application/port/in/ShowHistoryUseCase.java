package io.medallion.application.port.in;

import io.medallion.application.run.PastRun;
import java.util.List;

/**
 * The latest {@code limit} runs, newest first, one line each; empty when no run was logged; a limit
 * below 1 is refused.
 */
public interface ShowHistoryUseCase {
  List<PastRun> history(int limit);
}
