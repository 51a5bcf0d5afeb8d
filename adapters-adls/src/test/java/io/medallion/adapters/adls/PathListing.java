package io.medallion.adapters.adls;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One page of a Path - List answer: {@code {"paths":[...]}}, its fields strings as the service's.
 */
final class PathListing {

  private PathListing() {}

  static byte[] json(List<Map.Entry<String, PathNode>> page) {
    StringBuilder json = new StringBuilder("{\"paths\":[");
    for (int i = 0; i < page.size(); i++) {
      PathNode node = page.get(i).getValue();
      json.append(i == 0 ? "" : ",")
          .append("{\"name\":\"")
          .append(page.get(i).getKey().replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\",\"isDirectory\":\"")
          .append(node.directory)
          .append("\",\"contentLength\":\"")
          .append(node.committed.length)
          .append("\",\"etag\":\"")
          .append(node.etag.replace("\"", ""))
          .append("\",\"lastModified\":\"")
          .append(DfsExchange.HTTP_DATE.format(node.modified))
          .append("\"}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
