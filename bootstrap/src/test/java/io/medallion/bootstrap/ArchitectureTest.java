package io.medallion.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule of the hexagon, checked on every class of the product (tests excluded). */
@AnalyzeClasses(packages = "io.medallion", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] ENGINE_PACKAGES = {
    "org.apache.spark..", "io.delta..", "org.apache.hadoop..", "com.google.inject..",
    "jakarta.inject..", "javax.inject..", "java.sql..", "javax.sql..", "com.azure..",
    "com.microsoft.sqlserver..", "org.duckdb..", "java.net.http..", "io.github.resilience4j..",
    "picocli..", "com.typesafe.config..", "org.slf4j..", "com.fasterxml.jackson.."
  };

  @ArchTest
  static final ArchRule onion =
      onionArchitecture()
          .domainModels("io.medallion.domain..")
          .applicationServices("io.medallion.application..")
          .adapter("http", "io.medallion.adapters.http..")
          .adapter("filesystem", "io.medallion.adapters.filesystem..")
          .adapter("spark", "io.medallion.adapters.spark..")
          .adapter("duckdb", "io.medallion.adapters.duckdb..")
          .adapter("testkit", "io.medallion.testkit..")
          .withOptionalLayers(true)
          .ignoreDependency(resideInAPackage("io.medallion.bootstrap.."), alwaysTrue());

  @ArchTest
  static final ArchRule domainDependsOnNothingOfOurs =
      noClasses()
          .that().resideInAPackage("io.medallion.domain..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("io.medallion.application..", "io.medallion.adapters..",
              "io.medallion.bootstrap..", "io.medallion.testkit..");

  @ArchTest
  static final ArchRule coreKnowsNoEngine =
      noClasses()
          .that().resideInAnyPackage("io.medallion.domain..", "io.medallion.application..")
          .should().dependOnClassesThat().resideInAnyPackage(ENGINE_PACKAGES);

  @ArchTest
  static final ArchRule onlyBootstrapWiresAdapters =
      noClasses()
          .that().resideOutsideOfPackage("io.medallion.bootstrap..")
          .and().resideOutsideOfPackage("io.medallion.adapters..")
          .should().dependOnClassesThat().resideInAPackage("io.medallion.adapters..");

  @ArchTest
  static final ArchRule noStandardStreamsOutsideTheCli =
      noClasses()
          .that().resideOutsideOfPackage("io.medallion.bootstrap")
          .should(ACCESS_STANDARD_STREAMS);

  @ArchTest
  static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  @ArchTest
  static final ArchRule portsAreInterfaces =
      classes().that().resideInAPackage("io.medallion.application.port..")
          .and().haveSimpleNameEndingWith("UseCase")
          .should().beInterfaces();
}
