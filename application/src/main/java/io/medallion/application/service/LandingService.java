package io.medallion.application.service;

import io.medallion.application.port.in.LandTitlesUseCase;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;

/** Lands title files through the {@link LakeStorage} port, named by content. */
public final class LandingService implements LandTitlesUseCase {

  private final LakeStorage lake;

  public LandingService(LakeStorage lake) {
    this.lake = lake;
  }

  @Override
  public String land(byte[] content) {
    return LandOnce.land(lake, LakeLayout.LANDING_TITLES, Feed.TITLES, content).path();
  }
}
