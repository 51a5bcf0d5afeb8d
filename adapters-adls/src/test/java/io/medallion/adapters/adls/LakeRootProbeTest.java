package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lake's probe against the emulated account, which lists paths as the service does. */
class LakeRootProbeTest {

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
  void givenAFileSystemWithTheLakeInIt_problems_isEmpty() {
    account.lake().write("raw/x/a.csv", new byte[] {1});

    assertThat(account.lake().problems()).isEmpty();
  }

  @Test
  void givenNoSuchFileSystem_problems_saysSo() {
    AdlsSettings elsewhere =
        AdlsSettings.withSecret(
                EmulatedAccount.ACCOUNT,
                "nolake",
                EmulatedAccount.ROOT,
                AdlsAuth.SAS,
                EmulatedAccount.SAS_ENV)
            .withEndpoint(account.emulator.endpoint(EmulatedAccount.ACCOUNT));

    assertThat(account.lake(elsewhere).problems())
        .containsExactly(
            "lake nolake/medallion in account medallionlake: the file system does not exist"
                + " (HTTP 404 FilesystemNotFound)");
  }

  @Test
  void givenAWrongSignature_problems_saysListingWasRefusedAndNeverTheToken() {
    String wrong = EmulatedAccount.SAS.replace(EmulatedAccount.SIGNATURE, "wrongSignature");

    var problems =
        EmulatedAccount.lake(account.settings(), Map.of(EmulatedAccount.SAS_ENV, wrong)).problems();

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("lake lake/medallion in account medallionlake: listing the lake was refused")
        .contains("HTTP 403")
        .doesNotContain("wrongSignature");
  }
}
