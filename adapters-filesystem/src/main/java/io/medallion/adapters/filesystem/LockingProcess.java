package io.medallion.adapters.filesystem;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A process as a run lock records it: its host, its pid namespace there (empty where the OS has
 * none to show), its pid and a random id of this incarnation of it.
 */
record LockingProcess(String host, String pidNamespace, long pid, String incarnation) {

  private static final LockingProcess CURRENT =
      new LockingProcess(
          hostName(),
          thisPidNamespace(),
          ProcessHandle.current().pid(),
          UUID.randomUUID().toString());

  static LockingProcess current() {
    return CURRENT;
  }

  /** Whether a pid of {@code other} names a process in this one's process table. */
  boolean sharesPidsWith(LockingProcess other) {
    // Containers with host networking share the host name but not the pids.
    return host.equals(other.host) && pidNamespace.equals(other.pidNamespace);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      // A name no other process has: its locks are then judged by their heartbeat alone.
      return "unnamed-host-" + UUID.randomUUID();
    }
  }

  private static String thisPidNamespace() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }
}
