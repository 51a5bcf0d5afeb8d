package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlIdentifierPropertyTest {

  // Forbidden characters, their harmless neighbours, and the odd Unicode or control character.
  private static final char[] ALPHABET = {
    'a', 'Z', '_', '0', ' ', '-', '.', '[', ']', ';', '\'', '"', '\0', '\n', '\t', 'é', '名',
    '\u202e', '/', '*', '\\', '`'
  };

  @Test
  void givenThousandsOfGeneratedNames_quote_acceptsOnlySafeOnesAndNoneCanBreakOut() {
    Random random = new Random(20260101L);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      String name = generate(random);
      String problem = SqlIdentifier.problem(name);
      if (problem == null) {
        String quoted = SqlIdentifier.quote(name);
        assertThat(endOfQuotedIdentifier(quoted))
            .as("quoted %s", quoted)
            .isEqualTo(quoted.length());
        assertThat(quoted.substring(1, quoted.length() - 1)).isEqualTo(name);
        assertThat(hasForbiddenFeature(name)).isFalse();
        accepted++;
      } else {
        assertThat(hasForbiddenFeature(name)).as("refused %s: %s", name, problem).isTrue();
        assertThatThrownBy(() -> SqlIdentifier.quote(name))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(problem);
        refused++;
      }
    }
    // Both sides of the property must actually be exercised by the generator.
    assertThat(accepted).isGreaterThan(2_000);
    assertThat(refused).isGreaterThan(2_000);
  }

  @Test
  void givenEachForbiddenFeature_quote_namesTheProblemWithoutEchoingTheName() {
    assertThatThrownBy(() -> SqlIdentifier.quote("x]y")).hasMessageContaining("']'");
    assertThatThrownBy(() -> SqlIdentifier.quote("x;drop")).hasMessageContaining("';'");
    assertThatThrownBy(() -> SqlIdentifier.quote("o'brien")).hasMessageContaining("single quote");
    assertThatThrownBy(() -> SqlIdentifier.quote("say\"hi")).hasMessageContaining("double quote");
    assertThatThrownBy(() -> SqlIdentifier.quote("nul\0")).hasMessageContaining("NUL");
    assertThatThrownBy(() -> SqlIdentifier.quote("n".repeat(129)))
        .hasMessageContaining("129 characters")
        .hasMessageNotContaining("nnnn");
    assertThatThrownBy(() -> SqlIdentifier.quote("")).hasMessageContaining("empty");
    assertThat(SqlIdentifier.quote("n".repeat(128))).hasSize(130);
  }

  private static String generate(Random random) {
    int length = random.nextInt(10) == 0 ? 120 + random.nextInt(20) : random.nextInt(12);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      // Mostly letters, so that long names without a forbidden character come up too.
      name.append(random.nextInt(4) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : 'a');
    }
    return name.toString();
  }

  private static boolean hasForbiddenFeature(String name) {
    return name.isEmpty()
        || name.length() > SqlIdentifier.MAX_LENGTH
        || name.chars().anyMatch(c -> c == ']' || c == ';' || c == '\'' || c == '"' || c == 0);
  }

  // How T-SQL reads a bracketed identifier: it ends at the first ']' not doubled. The quoting
  // holds when that end is the last character, so nothing after it is parsed as SQL.
  private static int endOfQuotedIdentifier(String quoted) {
    assertThat(quoted).startsWith("[");
    int i = 1;
    while (i < quoted.length()) {
      if (quoted.charAt(i) == ']') {
        if (i + 1 < quoted.length() && quoted.charAt(i + 1) == ']') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }
}
