package io.medallion.generator;

import java.nio.file.Path;

/**
 * The title file a {@link SampleIncrement} wrote: {@code newTitles} titles the sample has not and
 * {@code changedTitles} revised copies of its titles, each count a share of the sample's {@code
 * validTitles}.
 */
public record GeneratedIncrement(
    Layout layout, Path file, long newTitles, long changedTitles, long validTitles) {}
