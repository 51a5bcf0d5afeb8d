package io.medallion.domain.medallion;

import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Objects;

/**
 * Load a feed's new files from a folder of the lake into a bronze table, each file once, every
 * column as text, with ingestion metadata.
 */
public record BronzeSpec(Feed feed, String sourceFolder, String fileGlob, TableName target) {

  /** The file a bronze row came from. */
  public static final String SOURCE_FILE = "_source_file";

  /** When the row was ingested. */
  public static final String INGESTED_AT = "_ingested_at";

  /** The run that ingested the row. */
  public static final String RUN_ID = "_run_id";

  /** The values of a record's columns its feed does not know, as JSON under their header names. */
  public static final String RESCUED_DATA = "_rescued_data";

  /** The raw text of a record the CSV reader could not split into the header's fields. */
  public static final String CORRUPT_RECORD = "_corrupt_record";

  /**
   * The record's position among those its file gave: it orders a file's records (later ones win
   * ties in silver), and with {@link #SOURCE_FILE} it says where a row came from.
   */
  public static final String RECORD_INDEX = "_record_index";

  public BronzeSpec {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(sourceFolder, "sourceFolder");
    Objects.requireNonNull(fileGlob, "fileGlob");
    if (target.layer() != Layer.BRONZE) {
      throw new IllegalArgumentException("a bronze spec writes a bronze table: " + target);
    }
  }

  /**
   * Whether a file with {@code header} is this feed's: a folder may hold files of two layouts (the
   * landing zone's titles), each loaded by the spec of the layout its header matches best.
   */
  public boolean takes(List<String> header) {
    List<Feed> layouts = LakeLayout.layoutsIn(sourceFolder);
    return !layouts.contains(feed) || HeaderMatch.layoutOf(header, layouts) == feed;
  }

  public static BronzeSpec of(Feed feed) {
    return new BronzeSpec(
        feed,
        LakeLayout.sourceFolder(feed),
        LakeLayout.fileGlob(feed),
        TableName.of(Layer.BRONZE, feed.table()));
  }
}
