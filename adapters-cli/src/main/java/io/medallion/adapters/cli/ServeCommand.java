package io.medallion.adapters.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion serve}: the dashboard and its views' JSON, live on 127.0.0.1 until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve the dashboard on 127.0.0.1 until Ctrl-C stops it.",
    description =
        "Each reporting view's JSON is at /api/<view>. Every request reads the warehouse, so a new"
            + " run shows without a restart.")
final class ServeCommand implements Callable<Integer> {

  private final UseCases useCases;

  ServeCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The port on 127.0.0.1; 0 takes a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    Dashboard.Served server =
        useCases.dashboard().serve(useCases.views(workdir.settings(useCases)), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    spec.commandLine().getOut().println("dashboard at " + server.uri() + " (Ctrl-C stops it)");
    stopped.await();
    return 0;
  }
}
