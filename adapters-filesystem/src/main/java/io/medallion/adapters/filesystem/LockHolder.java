package io.medallion.adapters.filesystem;

import io.medallion.application.port.out.RunLockFile;
import io.medallion.application.port.out.RunLockHolder;
import io.medallion.application.run.RunId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Who holds a lake's run lock, as its lock file says: the {@link RunLockHolder}, the pid namespace
 * and incarnation of its process, and the {@code lease} that tells one taking from another.
 */
record LockHolder(RunId run, LockingProcess process, Instant since, String lease) {

  private static final String PID_NAMESPACE = "pid_namespace";
  private static final String INCARNATION = "incarnation";
  private static final String LEASE = "lease";

  static LockHolder startingNow(RunId run) {
    LockingProcess process = LockingProcess.current();
    Instant since = RunLockHolder.startingNow(run, process.host(), process.pid()).since();
    return new LockHolder(run, process, since, UUID.randomUUID().toString());
  }

  RunLockHolder named() {
    return new RunLockHolder(run, process.host(), process.pid(), since);
  }

  String describe() {
    return named().describe();
  }

  byte[] toBytes() {
    Map<String, String> own =
        Map.of(
            PID_NAMESPACE,
            process.pidNamespace(),
            INCARNATION,
            process.incarnation(),
            LEASE,
            lease);
    return new RunLockFile(named(), own).toBytes(RunLockFile.COMMENT);
  }

  static LockHolder parse(byte[] content, Path file) {
    try {
      RunLockFile lock = RunLockFile.parse(content);
      RunLockHolder named = lock.holder();
      LockingProcess process =
          new LockingProcess(
              named.host(), lock.own(PID_NAMESPACE), named.pid(), lock.own(INCARNATION));
      return new LockHolder(named.run(), process, named.since(), lock.own(LEASE));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "unreadable run lock " + file + "; remove it if no run is going on", e);
    }
  }
}
