package io.medallion.application.service;

import io.medallion.application.run.LayerResult;

/** A table lost or invented rows: rows in differ from rows out + dropped + quarantined. */
public final class ReconciliationException extends RuntimeException {

  public ReconciliationException(LayerResult r) {
    super(
        "%s does not reconcile: %d rows in, but %d out + %d dropped + %d quarantined = %d"
            .formatted(
                r.table(),
                r.rowsIn(),
                r.rowsOut(),
                r.dropped(),
                r.quarantined(),
                r.rowsOut() + r.dropped() + r.quarantined()));
  }
}
