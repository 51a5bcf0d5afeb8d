package io.medallion.bootstrap;

import io.medallion.adapters.cli.Dashboard;
import io.medallion.adapters.dashboard.DashboardPage;
import io.medallion.adapters.dashboard.DashboardServer;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** The CLI's dashboard: the page and the server of {@code adapters-dashboard}, on UTC time. */
final class HtmlDashboard implements Dashboard {

  @Override
  public void write(ReadReportingViewUseCase views, Path file) {
    new DashboardPage(views, Clock.systemUTC()).write(file);
  }

  @Override
  public Served serve(ReadReportingViewUseCase views, int port) {
    DashboardServer server = DashboardServer.start(views, port);
    return new Served() {
      @Override
      public URI uri() {
        return server.uri();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }
}
