package io.medallion.application.service;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.domain.medallion.LakeLayout;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Data Factory step: each lookup fetched unless its source says it is unchanged, a new version
 * landed in the raw zone under a name with the run id and the checksum, and the ledger told.
 */
final class LookupIngestion {

  private final SourceFetcher fetcher;
  private final LakeStorage lake;
  private final Clock clock;
  private final FaultSwitch faults;

  LookupIngestion(SourceFetcher fetcher, LakeStorage lake, Clock clock, FaultSwitch faults) {
    this.fetcher = fetcher;
    this.lake = lake;
    this.clock = clock;
    this.faults = faults;
  }

  /** Ingests each source in turn, telling {@code done} of each file as soon as it is ingested. */
  void ingest(List<LookupSource> sources, RunId run, Done done) {
    IngestionLedger ledger = new IngestionLedger(lake);
    for (LookupSource source : sources) {
      Optional<IngestionLedger.Entry> latest = ledger.latest(source.feed());
      SourceFetch fetch =
          fetcher.fetch(
              source, latest.map(IngestionLedger.Entry::version).orElse(SourceVersion.none()));
      done.ingested(ingest(source, fetch, latest, ledger, run), fetch.retries());
      faults.reached(FaultPoint.INGEST_MID);
    }
  }

  /** Hears of each file ingested, and how many retries its fetch took. */
  @FunctionalInterface
  interface Done {
    void ingested(IngestedFile file, int retries);
  }

  private IngestedFile ingest(
      LookupSource source,
      SourceFetch fetch,
      Optional<IngestionLedger.Entry> latest,
      IngestionLedger ledger,
      RunId run) {
    if (!fetch.modified()) {
      IngestionLedger.Entry known = latest.orElseThrow();
      return new IngestedFile(source.name(), known.path(), known.bytes(), false);
    }
    byte[] content = fetch.content().orElseThrow();
    String sha = ContentHash.sha256(content);
    if (latest.isPresent() && latest.get().sha256().equals(sha)) {
      if (!latest.get().version().equals(fetch.version())) {
        // Same bytes under new validators: remember them, so the next request can be conditional.
        ledger.record(entry(source, fetch.version(), sha, content, latest.get().path(), run));
      }
      return new IngestedFile(source.name(), latest.get().path(), content.length, false);
    }
    String folder = LakeLayout.rawFolder(source.feed());
    // A run that died between landing and the ledger left the file: it is taken, not landed twice.
    String suffix = "-" + sha.substring(0, ContentHash.NAME_HEX_DIGITS) + ".csv";
    Optional<String> landed =
        lake.list(folder).stream().filter(p -> p.endsWith(suffix)).findFirst();
    String path =
        landed.orElse(folder + "/" + source.feed().fileStem() + "-" + run.value() + suffix);
    if (landed.isEmpty()) {
      lake.write(path, content);
    }
    ledger.record(entry(source, fetch.version(), sha, content, path, run));
    return new IngestedFile(source.name(), path, content.length, landed.isEmpty());
  }

  private IngestionLedger.Entry entry(
      LookupSource source,
      SourceVersion version,
      String sha,
      byte[] content,
      String path,
      RunId run) {
    return new IngestionLedger.Entry(
        source.feed(), version, sha, content.length, path, run, clock.instant());
  }
}
