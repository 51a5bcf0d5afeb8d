/**
 * The benchmark harness: scenarios of the pipeline at several scales, and the peer baseline (the
 * same transformation in plain DuckDB SQL) they are compared with.
 */
package io.medallion.benchmarks;
