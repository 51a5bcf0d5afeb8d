package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.LookupSource;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ingest stage with its ledger: only new versions of a source land, each once. */
class IngestionTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final PipelineService service =
      new InMemoryPipeline(lake, engine, clock, fetcher).build();

  @BeforeEach
  void dropTheTitlesFile() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
  }

  @Test
  void givenFirstRun_ingest_landsEachSourceUnderItsRunAndChecksumAndKeepsALedgerEntry() {
    Catalogue.serveLookups(fetcher);

    RunReport report = service.run(Catalogue.command());

    assertThat(report.ingested()).extracting(IngestedFile::landed).containsOnly(true);
    for (Feed feed : Feed.lookups()) {
      List<String> raw = lake.list(LakeLayout.rawFolder(feed));
      assertThat(raw)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p)
                      .matches(
                          LakeLayout.rawFolder(feed)
                              + "/"
                              + feed.fileStem()
                              + "-"
                              + report.runId().value()
                              + "-[0-9a-f]{16}\\.csv"));
      assertThat(lake.list(IngestionLedger.FOLDER + "/" + feed.fileStem())).hasSize(1);
    }
  }

  @Test
  void givenUnchangedSources_aSecondRun_asksConditionallyAndLandsNothing() {
    Catalogue.serveLookups(fetcher);
    service.run(Catalogue.command());

    RunReport second = service.run(Catalogue.command());

    assertThat(fetcher.notModified()).isEqualTo(4);
    assertThat(second.ingested()).extracting(IngestedFile::landed).containsOnly(false);
    for (Feed feed : Feed.lookups()) {
      assertThat(lake.list(LakeLayout.rawFolder(feed))).hasSize(1);
      assertThat(lake.list(IngestionLedger.FOLDER + "/" + feed.fileStem())).hasSize(1);
    }
  }

  @Test
  void givenAChangedSource_aSecondRun_landsItAsANewVersionBesideTheOld() {
    Catalogue.serveLookups(fetcher);
    RunReport first = service.run(Catalogue.command());
    fetcher.serve(
        Catalogue.address(Feed.CAST), LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes());

    RunReport second = service.run(Catalogue.command());

    assertThat(second.ingested())
        .filteredOn(IngestedFile::landed)
        .singleElement()
        .satisfies(f -> assertThat(f.path()).contains(second.runId().value()));
    assertThat(lake.list(LakeLayout.rawFolder(Feed.CAST)))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains(first.runId().value()));
    assertThat(new IngestionLedger(lake).latest(Feed.CAST).orElseThrow().run())
        .isEqualTo(second.runId());
  }

  @Test
  void givenASourceWithoutValidators_aSecondRun_skipsTheSameContentByChecksum() {
    Catalogue.lookups()
        .forEach(
            (feed, file) -> fetcher.serveWithoutValidators(Catalogue.address(feed), file.bytes()));
    service.run(Catalogue.command());

    RunReport second = service.run(Catalogue.command());

    assertThat(fetcher.notModified()).isZero();
    assertThat(second.ingested()).extracting(IngestedFile::landed).containsOnly(false);
    Feed.lookups().forEach(f -> assertThat(lake.list(LakeLayout.rawFolder(f))).hasSize(1));
  }

  @Test
  void givenAFileLandedByARunThatDiedBeforeItsLedgerEntry_ingest_takesItInsteadOfLandingAgain() {
    Catalogue.serveLookups(fetcher);
    service.run(Catalogue.command());
    byte[] changed = LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes();
    String orphan =
        LakeLayout.rawFolder(Feed.CAST)
            + "/netflix_cast-20260101-000000-dead-"
            + ContentHash.of(changed)
            + ".csv";
    lake.write(orphan, changed);
    fetcher.serve(Catalogue.address(Feed.CAST), changed);

    RunReport second = service.run(Catalogue.command());

    assertThat(lake.list(LakeLayout.rawFolder(Feed.CAST))).hasSize(2);
    assertThat(second.ingested())
        .filteredOn(f -> f.source().equals("netflix_cast"))
        .singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo(orphan));
    assertThat(new IngestionLedger(lake).latest(Feed.CAST).orElseThrow().path()).isEqualTo(orphan);
  }

  @Test
  void givenAnAddressWithASecret_theLedger_neverHoldsTheAddress() {
    URI secret = URI.create("https://lookups.example.test/netflix_cast.csv?sig=s3cr3t");
    Catalogue.serveLookups(fetcher);
    fetcher.serve(secret, LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes());
    List<LookupSource> sources =
        Catalogue.command().lookups().stream()
            .map(s -> s.feed() == Feed.CAST ? new LookupSource(Feed.CAST, secret) : s)
            .toList();

    service.run(new RunPipelineCommand(sources));

    String entry =
        new String(
            lake.read(lake.list(IngestionLedger.FOLDER + "/netflix_cast").get(0)),
            StandardCharsets.ISO_8859_1);
    assertThat(entry).contains("sha256=").doesNotContain("s3cr3t").doesNotContain("example.test");
  }
}
