package io.medallion.adapters.spark;

import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.contract.LayerEngineContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class SparkLayerEngineContractTest extends LayerEngineContract {

  @TempDir Path root;
  private LakeLocations lake;
  private DeltaTables delta;

  @Override
  protected LayerEngine newEngine() {
    lake = new LakeLocations(root.toString());
    delta = new DeltaTables(SharedSpark.session());
    return SparkLayerEngine.over(SharedSpark.session(), lake, delta);
  }

  @Override
  protected LakeReset lakeReset() {
    return new SparkLakeReset(SharedSpark.session(), lake, delta);
  }

  @Override
  protected boolean refinesIncrementally() {
    return true;
  }

  @Override
  protected void land(Feed feed, String fileName, byte[] content) throws Exception {
    Path file = root.resolve(LakeLayout.sourceFolder(feed)).resolve(fileName);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  @Override
  protected List<Map<String, Object>> rows(TableName table) {
    return delta.read(lake.table(table)).collectAsList().stream()
        .map(SparkLayerEngineContractTest::byName)
        .toList();
  }

  private static Map<String, Object> byName(Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String column : row.schema().fieldNames()) {
      values.put(column, row.getAs(column));
    }
    return values;
  }
}
