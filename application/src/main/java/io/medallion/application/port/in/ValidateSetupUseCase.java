package io.medallion.application.port.in;

import java.util.List;

/**
 * Checks, writing nothing, whether {@code run} could work: the plan well formed, each of its
 * sources answering, the lake and the warehouse reachable with the rights a run needs. Returns one
 * check per thing looked at, in that order; a check that fails to run is a problem, never thrown.
 */
public interface ValidateSetupUseCase {
  List<SetupCheck> validate(RunPipelineCommand run);
}
