package io.medallion.adapters.cli;

import io.medallion.application.port.in.ReadReportingViewUseCase;
import java.net.URI;
import java.nio.file.Path;

/** The dashboard over the reporting views: written as one page, or served live until closed. */
public interface Dashboard {

  /** Writes the page, which opens from disk with no request leaving it, to {@code file}. */
  void write(ReadReportingViewUseCase views, Path file);

  /** Serves the page and each view's JSON on 127.0.0.1 at {@code port} (0: a free one). */
  Served serve(ReadReportingViewUseCase views, int port);

  /** A dashboard being served; closing it stops the server. */
  interface Served extends AutoCloseable {

    URI uri();

    @Override
    void close();
  }
}
