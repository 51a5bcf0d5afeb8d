package io.medallion.application.service;

import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewRows;
import io.medallion.application.port.out.Warehouse;
import java.util.Objects;

/** Reads reporting views through the {@link Warehouse} port. */
public final class ReportingViewService implements ReadReportingViewUseCase {

  private final Warehouse warehouse;

  public ReportingViewService(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public ViewRows read(ReportingView view) {
    return warehouse.view(Objects.requireNonNull(view, "view"));
  }
}
