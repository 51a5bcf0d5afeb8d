package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.ValidateSetupUseCase;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.memory.InMemoryRunLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modules each setting chooses, checked without connecting: by their bindings, and by an
 * injector in the tool stage, which validates every dependency but builds no singleton.
 */
class WiringTest {

  @TempDir Path workdir;

  @Test
  void givenTheDefaults_pipeline_bindsTheLocalDiskAndDuckDb() {
    List<Module> modules =
        Wiring.pipelineModules(MedallionSettings.forWorkdir(workdir), new RunProgress() {});

    assertThat(boundBy(modules, LakeStorage.class)).contains("FilesystemModule");
    assertThat(boundBy(modules, RunLock.class)).contains("FilesystemModule");
    assertThat(boundBy(modules, Warehouse.class)).contains("DuckDbModule");
    Injector injector = Guice.createInjector(Stage.TOOL, modules);
    assertThat(injector.getBinding(RunPipelineUseCase.class)).isNotNull();
  }

  @Test
  void givenAdlsAndSynapse_pipeline_bindsTheAzureAdaptersAndNoLocalOne() {
    MedallionSettings settings =
        MedallionSettings.parse(AzureSettingsTest.AZURE, AzureSettingsTest.ENVIRONMENT);

    List<Module> modules = Wiring.pipelineModules(settings, new RunProgress() {});

    assertThat(boundBy(modules, LakeStorage.class)).contains("AdlsModule");
    assertThat(boundBy(modules, Warehouse.class)).contains("SynapseModule");
    assertThat(modules)
        .extracting(m -> m.getClass().getSimpleName())
        .doesNotContain("FilesystemModule", "DuckDbModule");
    Injector injector = Guice.createInjector(Stage.TOOL, withRunLock(modules));
    assertThat(injector.getBinding(RunPipelineUseCase.class)).isNotNull();
    assertThat(String.valueOf(injector.getBinding(LakeStorage.class).getSource()))
        .contains("AdlsModule");
  }

  @Test
  void givenSynapse_query_isRefusedNamingTheWarehouse() {
    MedallionSettings settings =
        MedallionSettings.parse(AzureSettingsTest.AZURE, AzureSettingsTest.ENVIRONMENT);

    assertThatThrownBy(() -> Wiring.query(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("local DuckDB warehouse only")
        .hasMessageContaining("medallion.warehouse = synapse");
  }

  @Test
  void givenTheDefaults_validate_bindsTheProbedPortsAndNoSparkType() {
    List<Module> modules = Wiring.validateModules(MedallionSettings.forWorkdir(workdir));

    assertThat(boundBy(modules, LakeStorage.class)).contains("FilesystemModule");
    assertThat(boundBy(modules, Warehouse.class)).contains("DuckDbModule");
    assertThat(modules).extracting(m -> m.getClass().getSimpleName()).doesNotContain("SparkModule");
    Injector injector = Guice.createInjector(Stage.TOOL, modules);
    assertThat(injector.getBinding(ValidateSetupUseCase.class)).isNotNull();
    assertThat(injector.getExistingBinding(Key.get(LayerEngine.class))).isNull();
    assertThat(injector.getAllBindings().keySet())
        .extracting(key -> key.getTypeLiteral().getRawType().getName())
        .noneMatch(
            type -> type.startsWith("org.apache.spark") || type.contains(".adapters.spark."));
  }

  @Test
  void givenAdlsAndSynapse_validate_probesTheAzureAdapters() {
    MedallionSettings settings =
        MedallionSettings.parse(AzureSettingsTest.AZURE, AzureSettingsTest.ENVIRONMENT);

    List<Module> modules = Wiring.validateModules(settings);

    assertThat(boundBy(modules, LakeStorage.class)).contains("AdlsModule");
    assertThat(boundBy(modules, Warehouse.class)).contains("SynapseModule");
    assertThat(Guice.createInjector(Stage.TOOL, modules).getBinding(ValidateSetupUseCase.class))
        .isNotNull();
  }

  /** The source of the binding of {@code type}, as Guice records it (its module's method). */
  private static String boundBy(List<Module> modules, Class<?> type) {
    for (Element element : Elements.getElements(modules)) {
      if (element instanceof Binding<?> binding && binding.getKey().equals(Key.get(type))) {
        return String.valueOf(binding.getSource());
      }
    }
    return "unbound";
  }

  /**
   * The modules, plus an in-memory run lock if the ADLS module binds none yet: the lease over ADLS
   * is written apart, and the test should check everything else meanwhile.
   */
  private static List<Module> withRunLock(List<Module> modules) {
    List<Module> all = new ArrayList<>(modules);
    if (boundBy(modules, RunLock.class).equals("unbound")) {
      all.add(
          new AbstractModule() {
            @Override
            protected void configure() {
              bind(RunLock.class).toInstance(new InMemoryRunLock());
            }
          });
    }
    return all;
  }
}
