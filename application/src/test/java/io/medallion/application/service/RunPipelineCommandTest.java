package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.LookupSource;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.medallion.Feed;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPipelineCommandTest {

  @Test
  void givenEachLookupOnce_construct_keepsThemInOrder() {
    List<LookupSource> lookups = lookups(Feed.lookups());

    assertThat(new RunPipelineCommand(lookups).lookups()).containsExactlyElementsOf(lookups);
  }

  @Test
  void givenAMissingLookup_construct_isRefusedNamingIt() {
    List<LookupSource> lookups = lookups(List.of(Feed.CAST, Feed.DIRECTORS, Feed.COUNTRIES));

    assertThatThrownBy(() -> new RunPipelineCommand(lookups))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CATEGORIES");
  }

  @Test
  void givenAPlainCommand_options_waitForNothingAndRefreshNothing() {
    RunPipelineCommand plain = new RunPipelineCommand(List.of());

    assertThat(plain.lockWait()).isZero();
    assertThat(plain.fullRefresh()).isFalse();
    RunPipelineCommand both = plain.waitingUpTo(Duration.ofMinutes(10)).refreshingFully();
    assertThat(both.lockWait()).isEqualTo(Duration.ofMinutes(10));
    assertThat(both.fullRefresh()).isTrue();
    assertThat(both.refreshingFully().waitingUpTo(Duration.ZERO).fullRefresh()).isTrue();
  }

  @Test
  void givenANegativeWait_construct_isRefused() {
    assertThatThrownBy(() -> new RunPipelineCommand(List.of(), Duration.ofSeconds(-1), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void givenALookupTwice_construct_isRefused() {
    List<LookupSource> lookups = new ArrayList<>(lookups(Feed.lookups()));
    lookups.add(source(Feed.CAST));

    assertThatThrownBy(() -> new RunPipelineCommand(lookups))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("once");
  }

  @Test
  void givenLookupsChangedAfterwards_command_keepsItsOwnCopy() {
    List<LookupSource> lookups = new ArrayList<>(lookups(Feed.lookups()));
    RunPipelineCommand command = new RunPipelineCommand(lookups);

    lookups.clear();

    assertThat(command.lookups()).hasSize(4);
  }

  @Test
  void givenAPlainCommand_stages_areAllOfThemAndOptionsKeepAChoice() {
    RunPipelineCommand plain = new RunPipelineCommand(List.of());

    assertThat(plain.stages()).containsExactly(Stage.values());
    RunPipelineCommand chosen =
        plain.onlyStages(List.of(Stage.SERVE, Stage.BRONZE)).waitingUpTo(Duration.ofMinutes(1));
    assertThat(chosen.stages()).containsExactly(Stage.BRONZE, Stage.SERVE);
    assertThat(chosen.lockWait()).isEqualTo(Duration.ofMinutes(1));
    assertThat(new RunPipelineCommand(List.of(), Duration.ZERO, true).stages())
        .containsExactly(Stage.values());
  }

  @Test
  void givenNoStage_construct_isRefused() {
    RunPipelineCommand plain = new RunPipelineCommand(List.of());

    assertThatThrownBy(() -> plain.onlyStages(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one stage");
  }

  @Test
  void givenAFullRefreshWithoutIngest_construct_isRefused() {
    RunPipelineCommand refresh = new RunPipelineCommand(List.of()).refreshingFully();

    assertThat(refresh.onlyStages(Set.of(Stage.INGEST)).fullRefresh()).isTrue();
    assertThatThrownBy(() -> refresh.onlyStages(Set.of(Stage.BRONZE, Stage.SILVER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full refresh")
        .hasMessageContaining("ingest");
  }

  private static List<LookupSource> lookups(List<Feed> feeds) {
    return feeds.stream().map(RunPipelineCommandTest::source).toList();
  }

  private static LookupSource source(Feed feed) {
    return new LookupSource(feed, URI.create("https://example.test/" + feed.fileStem() + ".csv"));
  }
}
