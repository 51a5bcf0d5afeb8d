package io.medallion.adapters.spark;

import io.medallion.application.port.out.RunLog;
import io.medallion.testkit.RunLogContract;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class DeltaRunLogTest extends RunLogContract {
  @Override
  protected RunLog newLog() throws Exception {
    LakeLocations lake = new LakeLocations(Files.createTempDirectory("runlog").toString());
    return new DeltaRunLog(SharedSpark.session(), lake, new DeltaTables(SharedSpark.session()));
  }
}
