package io.medallion.adapters.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void givenHtmlAndSeparators_quote_escapesThemAndReadsBackTheSame() throws Exception {
    String text = "a</script><!--x-->&\"\\\n\t\u0001\u2028\u2029é😀";

    String quoted = JsonText.quote(text);

    assertThat(quoted).doesNotContain("<", ">", "&", "\u2028", "\u2029", "\u0001", "\n");
    assertThat(new ObjectMapper().readValue(quoted, String.class)).isEqualTo(text);
  }

  @Test
  void givenASlotValueHoldingASlot_fill_leavesItAsText() {
    PageTemplate template = new PageTemplate("<a>{{X}}</a><b>{{Y}}</b>");

    assertThat(template.fill(Map.of("X", "{{Y}}", "Y", "y"))).isEqualTo("<a>{{Y}}</a><b>y</b>");
  }
}
