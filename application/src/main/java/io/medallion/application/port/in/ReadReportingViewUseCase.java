package io.medallion.application.port.in;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewRows;

/** Reads one reporting view from the warehouse, as its definition says; nothing is changed. */
public interface ReadReportingViewUseCase {
  ViewRows read(ReportingView view);
}
