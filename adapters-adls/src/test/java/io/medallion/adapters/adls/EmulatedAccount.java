package io.medallion.adapters.adls;

import com.google.inject.Guice;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.RunLock;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link DfsEmulator} with the file system {@value #FILE_SYSTEM} created, and lakes on it in
 * folder {@value #ROOT} as bootstrap would build them: through {@link AdlsModule}, with a SAS token
 * read from {@value #SAS_ENV}.
 */
final class EmulatedAccount implements AutoCloseable {

  static final String ACCOUNT = "medallionlake";
  static final String FILE_SYSTEM = "lake";
  static final String ROOT = "medallion";
  static final String SAS_ENV = "MEDALLION_ADLS_SAS";
  static final String SIGNATURE = "s3cretSignatureValue";
  static final String SAS =
      "sv=2025-05-05&ss=b&srt=co&sp=rwdlac&se=2099-01-01T00%3A00%3A00Z&sig=" + SIGNATURE;

  final DfsEmulator emulator;

  EmulatedAccount() throws IOException {
    this.emulator = DfsEmulator.start(SIGNATURE);
    emulator.tree().createFileSystem(FILE_SYSTEM);
  }

  AdlsSettings settings() {
    return AdlsSettings.withSecret(ACCOUNT, FILE_SYSTEM, ROOT, AdlsAuth.SAS, SAS_ENV)
        .withEndpoint(emulator.endpoint(ACCOUNT));
  }

  LakeStorage lake() {
    return lake(settings());
  }

  LakeStorage lake(AdlsSettings settings) {
    return lake(settings, Map.of(SAS_ENV, SAS));
  }

  static LakeStorage lake(AdlsSettings settings, Map<String, String> environment) {
    return lake(settings, environment::get);
  }

  /** A lake built as bootstrap builds it, through {@link AdlsModule}. */
  static LakeStorage lake(AdlsSettings settings, Function<String, String> environment) {
    return Guice.createInjector(new AdlsModule(settings, environment))
        .getInstance(LakeStorage.class);
  }

  /** The run lock of the lake, built as bootstrap builds it, through {@link AdlsModule}. */
  RunLock runLock() {
    return Guice.createInjector(new AdlsModule(settings(), Map.of(SAS_ENV, SAS)::get))
        .getInstance(RunLock.class);
  }

  /** A run lock of the lake leasing for {@code lease}, renewed every {@code heartbeat}. */
  AdlsRunLock runLock(Duration lease, Duration heartbeat) {
    return new AdlsRunLock(lockBlob(), lease, heartbeat);
  }

  /** The lake's lock file, reached as the run lock reaches it. */
  LockBlob lockBlob() {
    var fileSystem = new FileSystemConnector(settings(), Map.of(SAS_ENV, SAS)::get).connectBlobs();
    return new LockBlob(fileSystem, ROOT);
  }

  /** The committed bytes of lake path {@code path}, read behind the adapter's back. */
  byte[] bytesOf(String path) {
    return emulator.tree().get(FILE_SYSTEM, ROOT + "/" + path).committed.clone();
  }

  /** The names of every file in the file system, temporary ones included. */
  java.util.List<String> files() {
    return emulator.tree().files(FILE_SYSTEM);
  }

  @Override
  public void close() {
    emulator.close();
  }
}
