package io.medallion.benchmarks.peer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@link BaselineRun} as JSON, a duration as decimal seconds ({@code 1.25}): what Jackson's
 * java.time module writes and reads, without needing it.
 */
final class BaselineRunJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(
              new SimpleModule("seconds")
                  .addSerializer(Duration.class, new SecondsWriter())
                  .addDeserializer(Duration.class, new SecondsReader()));

  private BaselineRunJson() {}

  static void write(BaselineRun run, Path json) throws IOException {
    MAPPER.writeValue(json.toFile(), run);
  }

  static BaselineRun read(Path json) throws IOException {
    return MAPPER.readValue(json.toFile(), BaselineRun.class);
  }

  private static final class SecondsWriter extends JsonSerializer<Duration> {
    @Override
    public void serialize(Duration value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeNumber(
          BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9)));
    }
  }

  private static final class SecondsReader extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser in, DeserializationContext context) throws IOException {
      BigDecimal seconds = in.getDecimalValue();
      return Duration.ofSeconds(
          seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
  }
}
