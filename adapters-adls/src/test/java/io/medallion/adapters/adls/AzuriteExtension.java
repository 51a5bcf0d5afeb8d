package io.medallion.adapters.adls;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests one {@link Azurite} for the whole run (as a parameter of their set-up), started by
 * the first that needs it and stopped when the run ends. Where Azurite is not installed, each test
 * of the class is skipped saying so: Surefire's report drops the reason of a whole class skipped.
 */
final class AzuriteExtension implements BeforeEachCallback, ParameterResolver {

  static final String NOT_INSTALLED =
      "Azurite not installed: run npm ci --prefix .ci/azurite (.ci/run does)";

  @Override
  public void beforeEach(ExtensionContext context) {
    assumeTrue(
        Files.isExecutable(Azurite.binary()), NOT_INSTALLED + "; looked for " + Azurite.binary());
    azurite(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Azurite.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return azurite(context);
  }

  private static Azurite azurite(ExtensionContext context) {
    // The root store closes what it holds, Azurite included, once every test has run.
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(AzuriteExtension.class))
        .getOrComputeIfAbsent(Azurite.class, type -> start(), Azurite.class);
  }

  private static Azurite start() {
    try {
      return Azurite.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
