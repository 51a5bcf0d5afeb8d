package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.udf;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Makes a write halt the process from inside its Spark job, data files begun and nothing committed,
 * when a crash test arms the switch for that point; otherwise the rows are untouched. Local mode
 * only: the task, which holds the switch, halts the JVM it runs in.
 */
final class MidWriteHalt {

  private MidWriteHalt() {}

  static Dataset<Row> when(FaultSwitch faults, FaultPoint point, Dataset<Row> rows) {
    if (!faults.armed(point)) {
      return rows;
    }
    UserDefinedFunction halt =
        udf(
                (UDF0<Boolean>)
                    () -> {
                      faults.halt();
                      return true;
                    },
                DataTypes.BooleanType)
            .asNondeterministic();
    return rows.filter(halt.apply());
  }
}
