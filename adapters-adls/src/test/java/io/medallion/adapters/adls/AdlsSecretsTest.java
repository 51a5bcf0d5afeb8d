package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.medallion.application.port.out.LakeStorage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdlsSecretsTest {

  private static final String KEY_ENV = "MEDALLION_ADLS_KEY";
  // A valid base64 shared key, recognisable in any text it leaks into.
  private static final String KEY = "bGVha2VkLWFjY291bnQta2V5LXZhbHVlLTEyMzQ1Ng==";

  private EmulatedAccount account;

  @BeforeEach
  void startAccount() throws Exception {
    account = new EmulatedAccount();
  }

  @AfterEach
  void stopAccount() {
    account.close();
  }

  @Test
  void givenRefusedSasToken_failure_namesThePathButNeverTheToken() throws Exception {
    try (DfsEmulator strict = DfsEmulator.start("another-signature")) {
      strict.tree().createFileSystem(EmulatedAccount.FILE_SYSTEM);
      LakeStorage lake = account.lake(account.settings().withEndpoint(strict.endpoint("acct")));

      Throwable failure = catchThrowable(() -> lake.write("raw/x/a.csv", new byte[] {1}));

      assertThat(failure).hasMessageContaining("HTTP 403 AuthenticationFailed");
      assertThat(everythingSaidAbout(failure)).doesNotContain(EmulatedAccount.SIGNATURE);
      assertThat(lake.toString()).doesNotContain(EmulatedAccount.SIGNATURE);
    }
  }

  @Test
  void givenRefusedAccountKey_failure_neverShowsTheKey() {
    AdlsSettings settings =
        AdlsSettings.withSecret("acct", "lake", "medallion", AdlsAuth.ACCOUNT_KEY, KEY_ENV)
            .withEndpoint(account.emulator.endpoint("acct"));
    LakeStorage lake = EmulatedAccount.lake(settings, Map.of(KEY_ENV, KEY));

    Throwable failure = catchThrowable(() -> lake.read("raw/x/a.csv"));

    assertThat(failure).hasMessageContaining("403");
    assertThat(everythingSaidAbout(failure)).doesNotContain(KEY);
    assertThat(settings.toString()).contains(KEY_ENV).doesNotContain(KEY);
  }

  @Test
  void givenSecretVariableUnset_module_failsNamingTheVariable() {
    AdlsSettings settings = account.settings();

    Throwable failure = catchThrowable(() -> EmulatedAccount.lake(settings, Map.of()));

    assertThat(everythingSaidAbout(failure))
        .contains("environment variable " + EmulatedAccount.SAS_ENV + " is not set");
  }

  @Test
  void givenTheModule_lake_isBuiltWithoutAnyRequestAndSweepsOnFirstUse() {
    LakeStorage lake = account.lake();
    assertThat(account.emulator.requests()).isZero();

    lake.exists("raw/x/a.csv");

    assertThat(account.emulator.requests()).isGreaterThan(1);
  }

  private static String everythingSaidAbout(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
