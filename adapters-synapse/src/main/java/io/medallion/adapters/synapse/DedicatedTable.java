package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.TableSnapshot;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements that put one snapshot into a dedicated pool: a staging table filled by COPY INTO
 * from exactly the snapshot's files, renamed into the live table's place.
 */
final class DedicatedTable {

  static final String STAGING_SUFFIX = "__staging";
  static final String RETIRED_SUFFIX = "__retired";

  private final TableSnapshot snapshot;
  private final String schema;
  private final String live;
  private final String createStaging;
  private final String copyInto;

  DedicatedTable(TableSnapshot snapshot, StorageAccess access) {
    this.snapshot = snapshot;
    this.schema = snapshot.table().layer().id();
    this.live = snapshot.table().name();
    // Every name is checked now, the suffixed ones too: one may pass 128 characters.
    SqlIdentifier.quote(schema, live + STAGING_SUFFIX);
    SqlIdentifier.quote(schema, live + RETIRED_SUFFIX);
    this.createStaging = createStaging(snapshot);
    this.copyInto = copyInto(snapshot, access);
  }

  private String copyInto(TableSnapshot snapshot, StorageAccess access) {
    List<String> files = locations(snapshot, access);
    if (files.isEmpty()) {
      return null;
    }
    String credential =
        access == StorageAccess.MANAGED_IDENTITY
            ? ",\n    CREDENTIAL = (IDENTITY = 'Managed Identity')"
            : "";
    // Parquet fields go to the staging table's columns by position: both follow the snapshot.
    return "COPY INTO "
        + staging()
        + "\nFROM "
        + files.stream().map(StorageUrl::literal).collect(Collectors.joining(",\n     "))
        + "\nWITH (\n    FILE_TYPE = 'PARQUET'"
        + credential
        + "\n)";
  }

  // Each address is one named Parquet file (no folder, no wildcard) and each appears once, so the
  // staging table receives every live row of the snapshot exactly once: keys are not enforced in
  // a dedicated pool, and this is what keeps it free of duplicates.
  private static List<String> locations(TableSnapshot snapshot, StorageAccess access) {
    Set<URI> distinct = new LinkedHashSet<>(snapshot.files());
    List<StorageUrl> urls = distinct.stream().map(StorageUrl::parseFile).toList();
    for (StorageUrl url : urls) {
      if (!url.sameContainer(urls.get(0))) {
        throw new IllegalArgumentException(
            "one COPY INTO reads one container, but "
                + snapshot.table()
                + " lists files in "
                + urls.get(0).container()
                + "@"
                + urls.get(0).account()
                + " and "
                + url.container()
                + "@"
                + url.account());
      }
    }
    // COPY INTO takes a managed identity on the dfs endpoint only, and reads fastest from blob.
    return urls.stream()
        .map(u -> access == StorageAccess.MANAGED_IDENTITY ? u.dfs() : u.blob())
        .toList();
  }

  TableSnapshot snapshot() {
    return snapshot;
  }

  String schema() {
    return schema;
  }

  String liveName() {
    return live;
  }

  String stagingName() {
    return live + STAGING_SUFFIX;
  }

  String retiredName() {
    return live + RETIRED_SUFFIX;
  }

  String createStaging() {
    return createStaging;
  }

  private String createStaging(TableSnapshot snapshot) {
    // Round robin: gold tables are small and have no natural distribution key.
    return "CREATE TABLE "
        + staging()
        + " (\n"
        + SqlColumns.dedicated(snapshot)
        + "\n)\nWITH (DISTRIBUTION = ROUND_ROBIN, CLUSTERED COLUMNSTORE INDEX)";
  }

  /** The COPY INTO that fills the staging table, or null when the snapshot has no file. */
  String copyInto() {
    return copyInto;
  }

  String dropStaging() {
    return "DROP TABLE " + staging();
  }

  String dropRetired() {
    return "DROP TABLE " + SqlIdentifier.quote(schema, retiredName());
  }

  String retireLive() {
    return rename(live, retiredName());
  }

  String promoteStaging() {
    return rename(stagingName(), live);
  }

  String demoteLive() {
    return rename(live, stagingName());
  }

  String restoreRetired() {
    return rename(retiredName(), live);
  }

  private String staging() {
    return SqlIdentifier.quote(schema, stagingName());
  }

  private String rename(String from, String to) {
    return "RENAME OBJECT " + SqlIdentifier.quote(schema, from) + " TO " + SqlIdentifier.quote(to);
  }
}
