package io.medallion.generator;

import java.util.List;

/** Invented titles; about one in six has a ':' (a short title), a few have a comma. */
final class TitleNames {

  static final List<String> ADJECTIVES =
      List.of(
          ("Silent Broken Golden Last Hidden Wild Crimson Endless Little Midnight Lost Secret"
                  + " Savage Distant Burning Frozen Quiet Lucky")
              .split(" "));

  static final List<String> PLACES =
      List.of(
          "Lagos",
          "Seoul",
          "Mumbai",
          "Madrid",
          "Istanbul",
          "Mexico City",
          "Oslo",
          "Cairo",
          "Buenos Aires",
          "Osaka",
          "Berlin",
          "Manila",
          "Nairobi",
          "Lisbon",
          "Chicago",
          "Warsaw");

  private static final List<String> NOUNS =
      List.of(
          ("Harbor Kingdom Promise River Summer Detective Heist Garden Frontier Orchestra Empire"
                  + " Signal Voyage Inheritance Village Circus Verdict Season Stranger Legacy")
              .split(" "));

  private TitleNames() {}

  static String title(Draw draw) {
    int form = draw.below(100);
    if (form < 16) {
      return colonTitle(draw);
    }
    if (form < 17) {
      return "Love, " + draw.oneOf(PLACES);
    }
    if (form < 45) {
      return "The " + draw.oneOf(NOUNS) + " of " + draw.oneOf(PLACES);
    }
    return draw.oneOf(ADJECTIVES) + " " + draw.oneOf(NOUNS);
  }

  static String colonTitle(Draw draw) {
    return draw.oneOf(NOUNS) + ": " + draw.oneOf(ADJECTIVES) + " " + draw.oneOf(NOUNS);
  }
}
