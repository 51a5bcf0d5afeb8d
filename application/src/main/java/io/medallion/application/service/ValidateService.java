package io.medallion.application.service;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.SetupCheck;
import io.medallion.application.port.in.ValidateSetupUseCase;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.run.LookupSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Validates a run's setup through the ports' probes and the plan's own checks. */
public final class ValidateService implements ValidateSetupUseCase {

  private final SourceFetcher fetcher;
  private final LakeStorage lake;
  private final Warehouse warehouse;
  private final MedallionPlan plan;

  public ValidateService(
      SourceFetcher fetcher, LakeStorage lake, Warehouse warehouse, MedallionPlan plan) {
    this.fetcher = fetcher;
    this.lake = lake;
    this.warehouse = warehouse;
    this.plan = plan;
  }

  @Override
  public List<SetupCheck> validate(RunPipelineCommand run) {
    List<SetupCheck> checks = new ArrayList<>();
    checks.add(new SetupCheck(PlanProblems.describe(plan), PlanProblems.of(plan)));
    for (LookupSource source : run.lookups()) {
      String subject = "source " + source.name() + " at " + source.shownAddress();
      checks.add(check(subject, () -> fetcher.probe(source).stream().toList()));
    }
    checks.add(check("the lake", lake::problems));
    checks.add(check("the warehouse", warehouse::problems));
    return List.copyOf(checks);
  }

  // A probe that throws has found a problem too; the validation goes on with the next one.
  private static SetupCheck check(String subject, Supplier<List<String>> probe) {
    try {
      return new SetupCheck(subject, probe.get());
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new SetupCheck(
          subject, List.of(subject + ": " + reason.lines().findFirst().orElse("")));
    }
  }
}
