package io.medallion.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The dependency rule of the hexagon, checked on every class of the product (tests excluded). */
class ArchitectureTest {

  // Plain JUnit tests over one import: surefire counts and reports them like any other test.
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.medallion");

  private static final String[] ENGINE_PACKAGES = {
    "org.apache.spark..",
    "io.delta..",
    "org.apache.hadoop..",
    "com.google.inject..",
    "jakarta.inject..",
    "javax.inject..",
    "java.sql..",
    "javax.sql..",
    "com.azure..",
    "com.microsoft.sqlserver..",
    "org.duckdb..",
    "java.net.http..",
    "io.github.resilience4j..",
    "picocli..",
    "com.typesafe.config..",
    "org.slf4j..",
    "com.fasterxml.jackson..",
    "io.opentelemetry..",
    "org.apache.logging.log4j.."
  };

  @Test
  void givenTheProduct_import_seesEveryRing() {
    for (String ring :
        new String[] {
          "domain",
          "generator",
          "application",
          "adapters.http",
          "adapters.filesystem",
          "adapters.spark",
          "adapters.duckdb",
          "adapters.adls",
          "adapters.synapse",
          "adapters.dashboard",
          "adapters.cli",
          "adapters.telemetry",
          "bootstrap"
        }) {
      String pkg = "io.medallion." + ring;
      assertThat(PRODUCT.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as(pkg)
          .isGreaterThan(2);
    }
  }

  @Test
  void onion() {
    ArchRule rule =
        onionArchitecture()
            .domainModels("io.medallion.domain..")
            .applicationServices("io.medallion.application..")
            .adapter("http", "io.medallion.adapters.http..")
            .adapter("filesystem", "io.medallion.adapters.filesystem..")
            .adapter("spark", "io.medallion.adapters.spark..")
            .adapter("duckdb", "io.medallion.adapters.duckdb..")
            .adapter("adls", "io.medallion.adapters.adls..")
            .adapter("synapse", "io.medallion.adapters.synapse..")
            .adapter("dashboard", "io.medallion.adapters.dashboard..")
            .adapter("cli", "io.medallion.adapters.cli..")
            .adapter("telemetry", "io.medallion.adapters.telemetry..")
            .adapter("testkit", "io.medallion.testkit..")
            .withOptionalLayers(true)
            .ignoreDependency(resideInAPackage("io.medallion.bootstrap.."), alwaysTrue())
            // Outside the rings, a tool over the domain: generatorNeedsOnlyTheDomain holds it.
            .ignoreDependency(resideInAPackage("io.medallion.generator.."), alwaysTrue());
    rule.check(PRODUCT);
  }

  @Test
  void domainDependsOnNothingOfOurs() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.medallion.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.medallion.application..",
                "io.medallion.adapters..",
                "io.medallion.bootstrap..",
                "io.medallion.testkit..");
    rule.check(PRODUCT);
  }

  @Test
  void coreKnowsNoEngine() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("io.medallion.domain..", "io.medallion.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ENGINE_PACKAGES);
    rule.check(PRODUCT);
  }

  @Test
  void onlyBootstrapWiresAdapters() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.medallion.bootstrap..")
            .and()
            .resideOutsideOfPackage("io.medallion.adapters..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.medallion.adapters..");
    rule.check(PRODUCT);
  }

  @Test
  void noStandardStreamsOutsideTheCli() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.medallion.bootstrap")
            .should(ACCESS_STANDARD_STREAMS);
    rule.check(PRODUCT);
  }

  @Test
  void noJavaUtilLogging() {
    ArchRule rule = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
    rule.check(PRODUCT);
  }

  @Test
  void noFieldInjection() {
    ArchRule rule = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
    rule.check(PRODUCT);
  }

  @Test
  void portsAreInterfaces() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("io.medallion.application.port..")
            .and()
            .haveSimpleNameEndingWith("UseCase")
            .should()
            .beInterfaces();
    rule.check(PRODUCT);
  }

  @Test
  void onlyBootstrapEndsTheProcess() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.medallion.bootstrap..")
            .should()
            .callMethod(Runtime.class, "halt", int.class)
            .orShould()
            .callMethod(System.class, "exit", int.class);
    rule.check(PRODUCT);
  }

  @Test
  void sparkDeltaAndHadoopOnlyInTheSparkAdapter() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.medallion.adapters.spark..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.apache.spark..", "io.delta..", "org.apache.hadoop..", "scala..");
    rule.check(PRODUCT);
  }

  @Test
  void openTelemetryAndAzureMonitorOnlyInTheTelemetryAdapter() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.medallion.adapters.telemetry..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.opentelemetry..", "com.azure.monitor..");
    rule.check(PRODUCT);
  }

  // Bootstrap is where the modules are put together; elsewhere a module binds its own ports.
  @Test
  void guiceOnlyInModules() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.medallion.bootstrap..")
            .and()
            .haveSimpleNameNotEndingWith("Module")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..");
    rule.check(PRODUCT);
  }

  @Test
  void eachUseCaseIsImplementedByAService() {
    ArchRule named =
        classes()
            .that()
            .implement(simpleNameEndingWith("UseCase"))
            .should()
            .haveSimpleNameEndingWith("Service")
            .andShould()
            .resideInAPackage("io.medallion.application.service");
    named.check(PRODUCT);
    JavaClasses useCases =
        PRODUCT.that(
            simpleNameEndingWith("UseCase").and(resideInAPackage("io.medallion.application..")));
    assertThat(useCases).isNotEmpty();
    for (JavaClass useCase : useCases) {
      assertThat(useCase.getAllSubclasses())
          .as("%s has a service", useCase.getSimpleName())
          .anyMatch(c -> c.getSimpleName().endsWith("Service"));
    }
  }

  @Test
  void packagesAreFreeOfCycles() {
    ArchRule rule = slices().matching("io.medallion.(**)").should().beFreeOfCycles();
    rule.check(PRODUCT);
  }

  // The generator draws catalogues from the domain's vocabulary, for the demo, tests and bench.
  @Test
  void generatorNeedsOnlyTheDomain() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.medallion.generator..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.medallion.application..",
                "io.medallion.adapters..",
                "io.medallion.bootstrap..",
                "io.medallion.testkit..");
    rule.check(PRODUCT);
  }

  // Commands receive the use cases they drive, so a test can hand them fakes: the CLI knows
  // neither the wiring nor the settings' files, only what bootstrap hands it (it reads duration
  // options with the config files' own library, so that 30s means the same in both).

  @Test
  void commandsLookNoUseCaseUp() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.medallion.adapters.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.medallion.bootstrap..",
                "com.google.inject..",
                "jakarta.inject..",
                "javax.inject..");
    rule.check(PRODUCT);
  }
}
