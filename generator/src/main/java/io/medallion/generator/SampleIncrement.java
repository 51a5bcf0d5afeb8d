package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an increment of the sample that a size, seed and layout give: one title file of that
 * layout holding {@code percent} of the sample's valid titles as new titles and as many revised
 * copies of valid titles, clean. The same sample, percentage and batch give the same bytes; batches
 * share no new id and revise different titles while there are any left.
 */
public final class SampleIncrement {

  /** Turns the sample's seed and the batch into the increment's own stream. */
  private static final long OWN_STREAM = 0xBF58476D1CE4E5B9L;

  private SampleIncrement() {}

  /** Writes batch {@code batch} into {@code dir} (created if need be, the file replaced). */
  public static GeneratedIncrement write(
      Path dir, int titles, long seed, Layout layout, double percent, int batch)
      throws IOException {
    Objects.requireNonNull(layout, "layout");
    SampleCatalogue sample = SampleCatalogue.of(titles, seed);
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException(
          "an increment is a percentage above 0 and at most 100, not " + percent);
    }
    int batches = NewTitles.batches(layout, titles);
    if (batch < 1 || batch > batches) {
      throw new IllegalArgumentException(
          "a sample of %d titles in the %s layout has increment batches 1 to %d, not %d"
              .formatted(titles, layout.name().toLowerCase(Locale.ROOT), batches, batch));
    }
    IncrementPlan plan = IncrementPlan.draw(sample, layout, seed, percent, batch);
    Draw draw = new Draw(seed ^ OWN_STREAM * batch);
    NewTitles newTitles = new NewTitles(layout, titles, batch, draw);
    TitleRevision revision = new TitleRevision(draw, new TitleInventor(draw));
    Files.createDirectories(dir);
    try (IncrementFile file =
        IncrementFile.create(file(dir, batch), layout, plan, newTitles, revision)) {
      sample.generate(file);
      return file.finish();
    }
  }

  /** {@code netflix_titles-increment-0001.csv}: a name the landing folder's glob takes. */
  public static Path file(Path dir, int batch) {
    return dir.resolve(
        String.format(Locale.ROOT, "%s-increment-%04d.csv", Feed.TITLES.fileStem(), batch));
  }
}
