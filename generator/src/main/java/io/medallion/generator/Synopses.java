package io.medallion.generator;

import java.util.List;
import java.util.Locale;

/**
 * Invented one-sentence descriptions; three in four have a comma, so the file quotes them, and a
 * few quote a nickname, so the file doubles those quotes.
 */
final class Synopses {

  private static final List<String> ROLES =
      List.of(
          "detective",
          "chef",
          "teenager",
          "widow",
          "con artist",
          "scientist",
          "rookie cop",
          "single mother",
          "retired boxer",
          "young hacker",
          "street magician",
          "nurse",
          "young heiress",
          "former spy",
          "struggling musician",
          "schoolteacher");

  private static final List<String> GOALS =
      List.of(
          "save the family restaurant",
          "find a missing sister",
          "win back an old love",
          "clear a stolen name",
          "survive a brutal winter",
          "pull off one last job",
          "uncover a town's buried secret",
          "raise a child alone",
          "get to the championship",
          "outwit a ruthless gang");

  private static final List<String> TWISTS =
      List.of(
          "old secrets resurface",
          "the past catches up",
          "nothing goes as planned",
          "a rival stands in the way",
          "the truth is stranger than it seems");

  private static final List<String> EVENTS =
      List.of(
          "a storm cuts off the town", "an old friend returns with a dangerous offer",
          "the family business starts to collapse", "a video of one wild night goes viral",
          "a body turns up at the harbor", "the inheritance turns out to be a debt");

  private static final List<String> THEMES =
      List.of(
          "friendship and ambition",
          "love in the age of dating apps",
          "a family's hidden history",
          "the price of fame",
          "growing up between two cultures",
          "loyalty and second chances");

  private static final List<String> GENRES =
      List.of("drama", "comedy", "thriller", "documentary", "docuseries", "romance", "mystery");

  private static final List<String> NICKNAMES =
      List.of("The Hawk", "Lucky", "Doc", "Ghost", "Sunshine", "The Professor");

  private Synopses() {}

  static String description(Draw draw) {
    String role = draw.oneOf(ROLES);
    String goal = draw.oneOf(GOALS);
    int form = draw.below(100);
    if (form < 4) {
      String nickname = draw.oneOf(NICKNAMES);
      return sentence(
          "A %s nicknamed \"%s\" sets out to %s, whatever it costs, after %s.",
          role, nickname, goal, draw.oneOf(EVENTS));
    }
    if (form < 40) {
      String place = draw.oneOf(TitleNames.PLACES);
      String twist = draw.oneOf(TWISTS);
      return sentence(
          "%s in %s sets out to %s, but %s when %s.",
          withArticle(role), place, goal, twist, draw.oneOf(EVENTS));
    }
    if (form < 75) {
      String genre = draw.oneOf(GENRES);
      String place = draw.oneOf(TitleNames.PLACES);
      return sentence(
          "In this %s set in %s, %s races to %s after %s.",
          genre, place, withArticle(role).toLowerCase(Locale.ROOT), goal, draw.oneOf(EVENTS));
    }
    String mood = draw.oneOf(TitleNames.ADJECTIVES).toLowerCase(Locale.ROOT);
    String genre = draw.oneOf(GENRES);
    return sentence(
        "%s must %s in this %s %s about %s.",
        withArticle(role), goal, mood, genre, draw.oneOf(THEMES));
  }

  private static String sentence(String template, Object... parts) {
    return String.format(Locale.ROOT, template, parts);
  }

  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
  }
}
