package io.medallion.adapters.spark;

import io.medallion.domain.table.TableName;

/** Where tables, checkpoints and source folders are, under the lake's root. */
final class LakeLocations {

  private final String root;

  LakeLocations(String root) {
    this.root = root;
  }

  String table(TableName table) {
    return root + "/" + table.path();
  }

  /** The streaming checkpoint that remembers which files a bronze table has loaded. */
  String checkpoint(TableName table) {
    return root + "/_checkpoints/" + table.path();
  }

  String folder(String lakeRelative) {
    return root + "/" + lakeRelative;
  }

  String root() {
    return root;
  }
}
