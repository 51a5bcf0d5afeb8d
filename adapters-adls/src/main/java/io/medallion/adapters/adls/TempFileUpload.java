package io.medallion.adapters.adls;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.rest.Response;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.file.datalake.DataLakeFileClient;
import com.azure.storage.file.datalake.models.DataLakeRequestConditions;
import com.azure.storage.file.datalake.options.DataLakeFileAppendOptions;
import com.azure.storage.file.datalake.options.DataLakeFileFlushOptions;
import com.azure.storage.file.datalake.options.DataLakePathCreateOptions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Lands bytes in a new temporary file: created only if its name is free, appended in pieces each
 * carrying its MD5 (the service refuses a piece damaged on the way), then flushed only if nobody
 * else touched the file since it was created. Its {@link #upload} gives the flushed file's ETag,
 * which the rename that publishes it makes its condition.
 */
final class TempFileUpload {

  private static final int PIECE = 4 * 1024 * 1024;

  private final DataLakeFileClient temp;

  TempFileUpload(DataLakeFileClient temp) {
    this.temp = temp;
  }

  String upload(byte[] content) {
    String etag = create();
    for (int from = 0; from < content.length; from += PIECE) {
      byte[] piece = Arrays.copyOfRange(content, from, Math.min(content.length, from + PIECE));
      etag = append(piece, from, etag);
    }
    return flush(content.length, etag);
  }

  private String create() {
    DataLakeRequestConditions free = new DataLakeRequestConditions().setIfNoneMatch("*");
    return temp.createWithResponse(
            new DataLakePathCreateOptions().setRequestConditions(free), null, Context.NONE)
        .getValue()
        .getETag();
  }

  private String append(byte[] piece, long position, String etag) {
    DataLakeFileAppendOptions options = new DataLakeFileAppendOptions().setContentHash(md5(piece));
    Response<Void> appended =
        temp.appendWithResponse(BinaryData.fromBytes(piece), position, options, null, Context.NONE);
    // The service may or may not give a new ETag for uncommitted data; the latest one it gave is
    // the one the flush must match.
    String after = appended.getHeaders().getValue(HttpHeaderName.ETAG);
    return after == null ? etag : after;
  }

  private String flush(long length, String etag) {
    // If-None-Match: * cannot guard a flush (the temporary file exists since its create); an
    // If-Match on its ETag says the same thing: only our own, untouched file gets committed.
    // close=true only tells event subscribers the stream is final; it is no part of atomicity,
    // which comes from readers never seeing the temporary name and from the rename.
    DataLakeFileFlushOptions options =
        new DataLakeFileFlushOptions()
            .setClose(true)
            .setRequestConditions(new DataLakeRequestConditions().setIfMatch(etag));
    return temp.flushWithResponse(length, options, null, Context.NONE).getValue().getETag();
  }

  private static byte[] md5(byte[] piece) {
    try {
      return MessageDigest.getInstance("MD5").digest(piece);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
