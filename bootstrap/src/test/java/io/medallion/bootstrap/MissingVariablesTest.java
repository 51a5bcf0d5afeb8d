package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The variables a run's settings name for its secrets, looked up without showing a value. */
class MissingVariablesTest {

  @Test
  void givenEverySecretSet_missingVariables_isEmpty() {
    MedallionSettings settings =
        MedallionSettings.parse(AzureSettingsTest.AZURE, AzureSettingsTest.ENVIRONMENT);

    assertThat(settings.missingVariables()).isEmpty();
  }

  @Test
  void givenTheLakesAndTheWarehousesSecretsUnset_missingVariables_namesBothAndTheirKeys() {
    MedallionSettings settings =
        MedallionSettings.parse(AzureSettingsTest.AZURE, Map.of("OTHER", "x")::get);

    assertThat(settings.missingVariables())
        .containsExactly(
            "variable ADLS_SECRET is not set (medallion.adls.secret-env names it to hold the"
                + " lake's secret)",
            "variable SYNAPSE_SECRET is not set (medallion.synapse.auth.secret-env names it to"
                + " hold the warehouse's secret)");
  }

  @Test
  void givenTheDefaultWebhookVariableUnset_missingVariables_isEmpty() {
    MedallionSettings settings = MedallionSettings.parse("medallion {}", name -> null);

    assertThat(settings.missingVariables()).isEmpty();
  }

  @Test
  void givenAChosenWebhookVariableUnset_missingVariables_namesIt() {
    MedallionSettings settings =
        MedallionSettings.parse("medallion.alerts.webhook-env = TEAM_HOOK", name -> null);

    assertThat(settings.missingVariables())
        .containsExactly(
            "variable TEAM_HOOK is not set (medallion.alerts.webhook-env names it to hold the"
                + " alerts' webhook)");
  }
}
