package io.medallion.adapters.adls;

import java.io.IOException;
import java.util.Arrays;

/**
 * The Blob API reads the SDK makes of an ADLS account even through its DFS client: Get Blob
 * Properties (HEAD) for existence and Get Blob (GET, with an optional {@code x-ms-range}) for
 * content; a directory shows as an empty blob with metadata {@code hdi_isfolder=true}.
 */
final class BlobReads {

  private BlobReads() {}

  static void properties(DfsExchange request, PathNode node) throws IOException {
    describe(request, node);
    request.http.getResponseHeaders().set("Content-Length", String.valueOf(node.committed.length));
    request.respond(200, node, new byte[0]);
  }

  static void read(DfsExchange request, PathNode node) throws IOException {
    describe(request, node);
    byte[] bytes = node.committed;
    String range = request.header("x-ms-range");
    range = range == null ? request.header("Range") : range;
    if (range == null) {
      request.respond(200, node, bytes);
      return;
    }
    String[] ends = range.substring("bytes=".length()).split("-", -1);
    int from = Integer.parseInt(ends[0]);
    int to =
        ends[1].isEmpty()
            ? bytes.length - 1
            : Math.min(bytes.length - 1, Integer.parseInt(ends[1]));
    if (from >= bytes.length && bytes.length > 0) {
      throw new DfsError(416, "InvalidRange");
    }
    byte[] part = Arrays.copyOfRange(bytes, from, Math.max(from, to + 1));
    request
        .http
        .getResponseHeaders()
        .set("Content-Range", "bytes " + from + "-" + to + "/" + bytes.length);
    request.respond(206, node, part);
  }

  private static void describe(DfsExchange request, PathNode node) {
    var headers = request.http.getResponseHeaders();
    headers.set("x-ms-blob-type", "BlockBlob");
    headers.set("Accept-Ranges", "bytes");
    headers.set("Content-Type", "application/octet-stream");
    headers.set("x-ms-creation-time", DfsExchange.HTTP_DATE.format(node.modified));
    if (node.directory) {
      headers.set("x-ms-meta-hdi_isfolder", "true");
    }
  }
}
