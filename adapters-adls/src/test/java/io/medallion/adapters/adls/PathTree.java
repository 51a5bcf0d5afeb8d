package io.medallion.adapters.adls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The emulated account's file systems, held in memory, with the ADLS Gen2 semantics the adapter
 * relies on: creates and renames honour their conditions, appends stay invisible until a flush at
 * the right position, and a file's parents exist as directories. Keys are {@code fs/path}.
 */
final class PathTree {

  /** A request's conditions; null where the header was absent. */
  record Conditions(String ifMatch, String ifNoneMatch) {
    static final Conditions NONE = new Conditions(null, null);
  }

  private final Set<String> fileSystems = new HashSet<>();
  private final Map<String, PathNode> nodes = new TreeMap<>();
  private Clock clock = Clock.systemUTC();

  /** Moves the emulated service's clock on, as leases see it lapse. */
  synchronized void advance(Duration by) {
    clock = Clock.offset(clock, by);
  }

  synchronized void createFileSystem(String fs) {
    if (!fileSystems.add(fs)) {
      throw new DfsError(409, "FilesystemAlreadyExists");
    }
  }

  synchronized PathNode create(String fs, String path, boolean directory, Conditions when) {
    PathNode existing = find(fs, path);
    if (existing != null && "*".equals(when.ifNoneMatch())) {
      throw new DfsError(409, "PathAlreadyExists");
    }
    check(existing, new Conditions(when.ifMatch(), null));
    PathNode node = new PathNode(directory, clock.instant());
    makeParents(fs, path);
    nodes.put(fs + "/" + path, node);
    return node;
  }

  synchronized void append(String fs, String path, long position, byte[] bytes) {
    PathNode node = file(fs, path);
    if (position != node.end()) {
      throw new DfsError(400, "InvalidFlushPosition");
    }
    node.appended.writeBytes(bytes);
  }

  synchronized PathNode flush(String fs, String path, long position, Conditions when) {
    PathNode node = file(fs, path);
    check(node, when);
    if (position != node.end()) {
      throw new DfsError(400, "InvalidFlushPosition");
    }
    byte[] all = new byte[(int) position];
    System.arraycopy(node.committed, 0, all, 0, node.committed.length);
    byte[] added = node.appended.toByteArray();
    System.arraycopy(added, 0, all, node.committed.length, added.length);
    node.committed = all;
    node.appended.reset();
    node.touch(clock.instant());
    return node;
  }

  synchronized PathNode rename(
      String fs, String source, String target, String sourceIfMatch, Conditions targetWhen) {
    PathNode moving = find(fs, source);
    if (moving == null) {
      throw new DfsError(404, "SourcePathNotFound");
    }
    if (sourceIfMatch != null && !sameTag(sourceIfMatch, moving.etag)) {
      throw new DfsError(412, "SourceConditionNotMet");
    }
    if (find(fs, parent(target)) == null && !parent(target).isEmpty()) {
      throw new DfsError(404, "RenameDestinationParentPathNotFound");
    }
    check(find(fs, target), targetWhen);
    nodes.remove(fs + "/" + source);
    nodes.put(fs + "/" + target, moving);
    return moving;
  }

  /**
   * Path - Delete: a file, or a directory with all below it when {@code recursive}; a leased path
   * only when {@code leaseId} names its lease.
   */
  synchronized void delete(
      String fs, String path, Conditions when, String leaseId, boolean recursive) {
    PathNode node = find(fs, path);
    if (node == null) {
      throw new DfsError(404, "PathNotFound");
    }
    check(node, when);
    node.lease.checkWrite(leaseId, clock.instant());
    String prefix = fs + "/" + path + "/";
    if (node.directory
        && !recursive
        && nodes.keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
      throw new DfsError(409, "DirectoryNotEmpty");
    }
    nodes.keySet().removeIf(k -> k.startsWith(prefix));
    nodes.remove(fs + "/" + path);
  }

  /**
   * Put Blob: a new file of {@code bytes} or new content for an existing one, its lease kept;
   * {@code If-None-Match: *} makes it refuse an existing blob.
   */
  synchronized PathNode putBlob(
      String fs, String path, byte[] bytes, Conditions when, String leaseId) {
    PathNode existing = find(fs, path);
    if (existing != null && (existing.directory || "*".equals(when.ifNoneMatch()))) {
      throw new DfsError(409, "BlobAlreadyExists");
    }
    check(existing, when);
    Instant now = clock.instant();
    PathNode node = existing;
    if (node == null) {
      new BlobLease().checkWrite(leaseId, now);
      node = create(fs, path, false, Conditions.NONE);
    } else {
      node.lease.checkWrite(leaseId, now);
      node.lease.written(now);
      node.appended.reset();
      node.touch(now);
    }
    node.committed = bytes.clone();
    return node;
  }

  /** Lease Blob: {@code acquire}, {@code renew} or {@code release}; gives the lease id. */
  synchronized String lease(
      String fs, String path, String action, String leaseId, String proposed, long seconds) {
    BlobLease lease = file(fs, path).lease;
    Instant now = clock.instant();
    switch (action == null ? "" : action) {
      case "acquire":
        return lease.acquire(proposed, seconds, now);
      case "renew":
        return lease.renew(leaseId, now);
      case "release":
        lease.release(leaseId);
        return leaseId;
      default:
        throw new DfsError(400, "InvalidHeaderValue");
    }
  }

  /** The node at {@code path}; the file system's own root is a directory. */
  synchronized PathNode get(String fs, String path) {
    PathNode node = find(fs, path);
    if (node == null) {
      throw new DfsError(404, "PathNotFound");
    }
    return node;
  }

  /** The paths under {@code directory} (all of them, or its children), sorted by name. */
  synchronized List<Map.Entry<String, PathNode>> list(
      String fs, String directory, boolean recursive) {
    PathNode node = find(fs, directory);
    if (node == null || !node.directory) {
      throw new DfsError(404, "PathNotFound");
    }
    String prefix = fs + "/" + (directory.isEmpty() ? "" : directory + "/");
    List<Map.Entry<String, PathNode>> found = new ArrayList<>();
    for (Map.Entry<String, PathNode> entry : nodes.entrySet()) {
      String name = entry.getKey().substring(fs.length() + 1);
      String rest = entry.getKey().substring(Math.min(prefix.length(), entry.getKey().length()));
      if (entry.getKey().startsWith(prefix) && (recursive || !rest.contains("/"))) {
        found.add(Map.entry(name, entry.getValue()));
      }
    }
    return found;
  }

  /** Test access: the names of all the files in {@code fs}. */
  synchronized List<String> files(String fs) {
    return nodes.entrySet().stream()
        .filter(e -> e.getKey().startsWith(fs + "/") && !e.getValue().directory)
        .map(e -> e.getKey().substring(fs.length() + 1))
        .toList();
  }

  /** Test access: changes a file behind the adapter's back, as another writer would. */
  synchronized void touch(String fs, String path) {
    get(fs, path).touch(clock.instant());
  }

  /** Test access: a committed file of {@code bytes} last modified at {@code when}. */
  synchronized void plant(String fs, String path, byte[] bytes, Instant when) {
    PathNode node = create(fs, path, false, Conditions.NONE);
    node.committed = bytes.clone();
    node.modified = when;
  }

  private PathNode find(String fs, String path) {
    if (!fileSystems.contains(fs)) {
      throw new DfsError(404, "FilesystemNotFound");
    }
    return path.isEmpty() ? new PathNode(true, Instant.EPOCH) : nodes.get(fs + "/" + path);
  }

  private PathNode file(String fs, String path) {
    PathNode node = find(fs, path);
    if (node == null || node.directory) {
      throw new DfsError(404, "PathNotFound");
    }
    return node;
  }

  private void makeParents(String fs, String path) {
    for (String parent = parent(path); !parent.isEmpty(); parent = parent(parent)) {
      nodes.putIfAbsent(fs + "/" + parent, new PathNode(true, clock.instant()));
    }
  }

  private static void check(PathNode node, Conditions when) {
    if (when.ifMatch() != null
        && (node == null || !(when.ifMatch().equals("*") || sameTag(when.ifMatch(), node.etag)))) {
      throw new DfsError(412, "ConditionNotMet");
    }
    if (when.ifNoneMatch() != null
        && node != null
        && (when.ifNoneMatch().equals("*") || sameTag(when.ifNoneMatch(), node.etag))) {
      throw new DfsError(412, "ConditionNotMet");
    }
  }

  // Listings give ETags unquoted, headers quoted; the service takes either.
  private static boolean sameTag(String asked, String actual) {
    return asked.replace("\"", "").equals(actual.replace("\"", ""));
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
