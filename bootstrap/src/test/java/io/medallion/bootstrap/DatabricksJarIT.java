package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code medallion-databricks.jar}, as a Databricks cluster will see it. It builds
 * nothing: {@code package} made the jar, failsafe runs this in {@code verify}.
 */
class DatabricksJarIT {

  // What the runtime puts on the classpath first: a copy of ours would lose to it, or half win.
  private static final List<String> CLUSTER_PACKAGES =
      List.of(
          "org/apache/spark/",
          "io/delta/",
          "org/apache/hadoop/",
          "scala/",
          "com/fasterxml/jackson/",
          "org/slf4j/",
          "org/apache/logging/log4j/",
          "io/netty/");

  private static final Pattern VERSIONED = Pattern.compile("^META-INF/versions/\\d+/");

  private static JarFile jar;
  private static List<String> names;

  @BeforeAll
  static void openTheJar() throws IOException {
    String property = System.getProperty("medallion.databricks-jar", "");
    assertThat(property)
        .as("system property medallion.databricks-jar (set by the pom)")
        .isNotBlank();
    Path file = Path.of(property);
    assertThat(file).as("the jar `package` builds").isRegularFile();
    jar = new JarFile(file.toFile());
    names = new ArrayList<>();
    // A class in a multi-release folder is still that class.
    jar.stream().map(e -> VERSIONED.matcher(e.getName()).replaceFirst("")).forEach(names::add);
  }

  @AfterAll
  static void closeTheJar() throws IOException {
    if (jar != null) {
      jar.close();
    }
  }

  @Test
  void givenTheJar_entries_holdNothingTheClusterProvides() {
    for (String cluster : CLUSTER_PACKAGES) {
      assertThat(names).as("entries under " + cluster).noneMatch(n -> n.startsWith(cluster));
    }
  }

  @Test
  void givenTheJar_entries_holdTheEntryPointTheAzureAdaptersAndTheirClients() {
    assertThat(names)
        .contains(
            "io/medallion/bootstrap/DatabricksMain.class",
            "io/medallion/bootstrap/Main.class",
            "io/medallion/adapters/cli/MedallionCli.class",
            "io/medallion/adapters/adls/AdlsModule.class",
            "io/medallion/adapters/adls/AdlsLakeStorage.class",
            "io/medallion/adapters/synapse/SynapseModule.class",
            "io/medallion/adapters/synapse/SynapseWarehouse.class",
            "io/medallion/adapters/spark/SparkModule.class",
            "com/microsoft/sqlserver/jdbc/SQLServerDriver.class",
            "com/azure/storage/file/datalake/DataLakeServiceClient.class",
            "com/azure/core/http/jdk/httpclient/JdkHttpClientProvider.class",
            "com/azure/identity/ClientSecretCredential.class",
            "com/microsoft/aad/msal4j/ConfidentialClientApplication.class",
            "com/google/inject/Guice.class",
            "picocli/CommandLine.class");
  }

  @Test
  void givenTheJar_guava_isThereOnlyRelocated() throws Exception {
    assertThat(names)
        .noneMatch(n -> n.startsWith("com/google/common/"))
        .contains("io/medallion/shaded/guava/collect/ImmutableList.class");
    assertThat(classesMentioning("io/medallion/shaded/guava/"))
        .contains("com/google/inject/internal/InjectorImpl.class");
    // Guice builds an injector on the relocated Guava alone: nothing else is there to load.
    try (URLClassLoader alone = jarAlone()) {
      Object injector =
          alone
              .loadClass("com.google.inject.Guice")
              .getMethod(
                  "createInjector", Class.forName("[Lcom.google.inject.Module;", false, alone))
              .invoke(null, Array.newInstance(alone.loadClass("com.google.inject.Module"), 0));
      assertThat(injector.getClass().getName())
          .isEqualTo("com.google.inject.internal.InjectorImpl");
    }
  }

  @Test
  void givenTheJar_typesafeConfigAndCommonsIoAndCodec_areThereOnlyRelocated() throws Exception {
    assertThat(names)
        .noneMatch(n -> n.startsWith("com/typesafe/config/"))
        .noneMatch(n -> n.startsWith("org/apache/commons/io/"))
        .noneMatch(n -> n.startsWith("org/apache/commons/codec/"))
        .contains(
            "io/medallion/shaded/typesafe/config/ConfigFactory.class",
            "io/medallion/shaded/commons/io/IOUtils.class",
            "io/medallion/shaded/commons/codec/binary/Base64.class");
    try (URLClassLoader alone = jarAlone()) {
      Object config =
          alone
              .loadClass("io.medallion.shaded.typesafe.config.ConfigFactory")
              .getMethod("parseString", String.class)
              .invoke(null, "medallion { port = 1433 }");
      assertThat(
              alone
                  .loadClass("io.medallion.shaded.typesafe.config.Config")
                  .getMethod("getInt", String.class)
                  .invoke(config, "medallion.port"))
          .isEqualTo(1433);
      // commons-csv reads through the relocated commons-io.
      Class<?> format = alone.loadClass("org.apache.commons.csv.CSVFormat");
      Object parser =
          format
              .getMethod("parse", Reader.class)
              .invoke(format.getField("DEFAULT").get(null), new StringReader("a,b\nc,d\n"));
      assertThat((List<?>) parser.getClass().getMethod("getRecords").invoke(parser)).hasSize(2);
    }
  }

  @Test
  void givenTheJarAlone_databricksMain_printsTheVersionAndReturns() throws Exception {
    try (URLClassLoader alone = jarAlone()) {
      Method main =
          alone
              .loadClass("io.medallion.bootstrap.DatabricksMain")
              .getMethod("main", String[].class);

      assertThatCode(() -> main.invoke(null, (Object) new String[] {"--version"}))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void givenTheManifest_mainClass_isTheDatabricksEntryPoint() throws IOException {
    Attributes manifest = jar.getManifest().getMainAttributes();

    assertThat(manifest.getValue("Main-Class")).isEqualTo("io.medallion.bootstrap.DatabricksMain");
    // medallion.jar's lib/ class path would name jars that are not there.
    assertThat(manifest.getValue("Class-Path")).isNull();
  }

  @Test
  void givenServiceFiles_theyAreMerged_soDriversAndHttpClientsAreFound() throws IOException {
    assertThat(text("META-INF/services/java.sql.Driver"))
        .contains("com.microsoft.sqlserver.jdbc.SQLServerDriver");
    // Without it the Azure SDK finds no HTTP client at all (Netty is left out on purpose).
    assertThat(text("META-INF/services/com.azure.core.http.HttpClientProvider"))
        .contains("com.azure.core.http.jdk.httpclient.JdkHttpClientProvider");
  }

  @Test
  void givenReferenceConf_ours_isInTheMergedOne() throws IOException {
    assertThat(text("reference.conf")).contains("medallion {");
  }

  @Test
  void givenTheJar_entries_holdNoSignatureNorOurLaptopLogging() {
    assertThat(names)
        .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"))
        .doesNotContain("log4j2.properties");
  }

  // The jar with nothing but the JDK beneath it: a missing or unrelocated class cannot hide.
  private static URLClassLoader jarAlone() throws IOException {
    return new URLClassLoader(
        new URL[] {Path.of(jar.getName()).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  private static String text(String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // Class files whose bytes hold this name (constant pools may keep unused stale entries, so only
  // a presence is telling).
  private static List<String> classesMentioning(String internalName) throws IOException {
    byte[] needle = internalName.getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    for (JarEntry entry : jar.stream().toList()) {
      if (entry.getName().endsWith(".class")) {
        try (InputStream in = jar.getInputStream(entry)) {
          if (indexOf(in.readAllBytes(), needle) >= 0) {
            found.add(entry.getName());
          }
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
