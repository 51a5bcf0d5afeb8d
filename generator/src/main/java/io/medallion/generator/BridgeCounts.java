package io.medallion.generator;

/**
 * What a generated lookup file holds, or in the catalogue layout the names of a multi-valued column
 * (a row per name between commas, no orphans, a later copy's names all duplicates). Orphans point
 * at a show id no title record carries; rows without a valid title include them and the rows of
 * quarantined titles. Duplicates repeat an earlier row exactly. Duplicates, empty and padded names
 * only occur on rows of valid titles, and names are never repeated within a title otherwise, so
 * silver keeps {@code rows - duplicates - emptyNames} pairs and {@code rows - withoutValidTitle -
 * duplicates - emptyNames} of them belong to valid titles.
 */
public record BridgeCounts(
    long rows,
    long orphans,
    long withoutValidTitle,
    long duplicates,
    long emptyNames,
    long paddedNames) {}
