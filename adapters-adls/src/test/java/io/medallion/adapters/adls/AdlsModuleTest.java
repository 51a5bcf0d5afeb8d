package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdlsModuleTest {

  @Test
  void givenTheModule_lakeStorage_isOneSharedLakeUnderTheConfiguredFolder() throws Exception {
    try (EmulatedAccount account = new EmulatedAccount()) {
      Map<String, String> environment = Map.of(EmulatedAccount.SAS_ENV, EmulatedAccount.SAS);
      Injector injector =
          Guice.createInjector(new AdlsModule(account.settings(), environment::get));

      LakeStorage lake = injector.getInstance(LakeStorage.class);
      lake.write("raw/x/a.csv", new byte[] {1});

      assertThat(injector.getInstance(LakeStorage.class)).isSameAs(lake);
      assertThat(account.files()).containsExactly("medallion/raw/x/a.csv");
    }
  }

  @Test
  void givenTheModule_runLock_isOneSharedLeaseOnAFileInTheLakesFolder() throws Exception {
    try (EmulatedAccount account = new EmulatedAccount()) {
      Map<String, String> environment = Map.of(EmulatedAccount.SAS_ENV, EmulatedAccount.SAS);
      Injector injector =
          Guice.createInjector(new AdlsModule(account.settings(), environment::get));

      RunLock lock = injector.getInstance(RunLock.class);

      assertThat(injector.getInstance(RunLock.class)).isSameAs(lock);
      try (RunLock.Lease lease = lock.acquire(new RunId("20261124-100000-0001"), Duration.ZERO)) {
        assertThat(account.files()).containsExactly("medallion/_medallion.lock");
        assertThat(account.emulator.leaseActions()).containsExactly("acquire");
      }
      assertThat(account.emulator.leaseActions()).containsExactly("acquire", "release");
    }
  }
}
